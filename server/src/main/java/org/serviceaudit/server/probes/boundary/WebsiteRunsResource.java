package org.serviceaudit.server.probes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.probes.control.VisibleRuns;
import org.serviceaudit.server.probes.entity.WebsiteRun;
import org.serviceaudit.server.problems.ApiException;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Website probe runs with their measures, newest first: admins see all, a manager their own client's. */
@Path("website-runs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class WebsiteRunsResource {

    @PersistenceContext
    EntityManager em;
    @Context
    SecurityContext security;

    /**
     * @param from runs due at or after this instant
     * @param to   runs due before this instant
     */
    @GET
    @Allowed({Role.ADMIN, Role.MANAGER})
    public Page<WebsiteRunView> list(@QueryParam("clientId") String client, @QueryParam("locationId") String location,
                                     @QueryParam("probeId") String probe, @QueryParam("state") String state,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Map<String, Object> filters = VisibleRuns.conditions(Caller.of(security));
        parameters.id("clientId", client).ifPresent(id -> filters.put("r.clientId = :client", id));
        parameters.id("locationId", location).ifPresent(id -> filters.put("r.locationId = :location", id));
        parameters.id("probeId", probe).ifPresent(id -> filters.put("r.probe.id = :probe", id));
        parameters.parse("state", state, s -> WebsiteRun.State.valueOf(s.toUpperCase(Locale.ROOT)), "must be one of "
                + Arrays.stream(WebsiteRun.State.values()).map(WebsiteRun.State::code).collect(Collectors.joining(", ")))
                .ifPresent(s -> filters.put("r.state = :state", s));
        parameters.instant("from", from).ifPresent(t -> filters.put("r.dueAt >= :from", t.atOffset(ZoneOffset.UTC)));
        parameters.instant("to", to).ifPresent(t -> filters.put("r.dueAt < :to", t.atOffset(ZoneOffset.UTC)));
        PageRequest paging = PageRequest.of(page, size);
        parameters.throwIfAny();
        return Listing.page(em, WebsiteRun.class, "WebsiteRun r", "", filters, "r.dueAt desc, r.id desc", paging, WebsiteRunView::summary);
    }

    @GET
    @Path("{id}")
    @Allowed({Role.ADMIN, Role.MANAGER})
    public WebsiteRunView get(@PathParam("id") long id) {
        Map<String, Object> filters = VisibleRuns.conditions(Caller.of(security));
        filters.put("r.id = :id", id);
        TypedQuery<WebsiteRun> query = em.createQuery("select r from WebsiteRun r" + QueryParameters.where(filters), WebsiteRun.class);
        QueryParameters.bind(filters, query);
        return WebsiteRunView.of(query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("website run", id)), true);
    }
}
