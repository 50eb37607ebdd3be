package org.serviceaudit.server.probes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.probes.control.ProbeScheduler;
import org.serviceaudit.server.probes.control.WebsiteRuns;
import org.serviceaudit.server.probes.entity.WebsiteProbe;
import org.serviceaudit.server.probes.entity.WebsiteRun;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.FieldErrors;
import org.serviceaudit.server.problems.ProblemError;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Website probe definitions of a client or one of its locations, and starting a run by hand. Admins only. */
@Path("website-probes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebsiteProbesResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Inject
    ProbeScheduler scheduler;
    @Inject
    WebsiteRuns runs;
    @Context
    SecurityContext security;

    @GET
    @Allowed(Role.ADMIN)
    public Page<WebsiteProbeView> list(@QueryParam("clientId") String client, @QueryParam("locationId") String location,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Map<String, Object> filters = new LinkedHashMap<>();
        parameters.id("clientId", client).ifPresent(id -> filters.put("p.client.id = :client", id));
        parameters.id("locationId", location).ifPresent(id -> filters.put("p.location.id = :location", id));
        PageRequest paging = PageRequest.of(page, size);
        parameters.throwIfAny();
        return Listing.page(em, WebsiteProbe.class, "WebsiteProbe p", "", filters, "p.id", paging, this::view);
    }

    @POST
    @Allowed(Role.ADMIN)
    public Response create(WebsiteProbeRequest request) {
        FieldErrors.requireBody(request);
        Client client = Optional.ofNullable(request.clientId()).map(id -> em.find(Client.class, id)).orElseThrow(() ->
                ApiException.invalid("the website probe is not valid", List.of(ProblemError.at("/clientId",
                        request.clientId() == null ? "is required" : "there is no client " + request.clientId()))));
        WebsiteProbe probe = new WebsiteProbe(client, request.validDefinition(client.id(), location(request)), clock.instant());
        em.persist(probe);
        em.flush();
        scheduler.reschedule(probe);
        changes.record(Caller.of(security), "website-probe.created", "website-probe", probe.id(), probe.url());
        return Response.created(UriBuilder.fromResource(WebsiteProbesResource.class).path("{id}").build(probe.id()))
                .entity(view(probe)).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public WebsiteProbeView get(@PathParam("id") long id) {
        return view(Entities.require(em, WebsiteProbe.class, id, "website probe"));
    }

    /** A probe stays with its client; a changed schedule takes effect at once. */
    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public WebsiteProbeView update(@PathParam("id") long id, WebsiteProbeRequest request) {
        FieldErrors.requireBody(request);
        WebsiteProbe probe = Entities.require(em, WebsiteProbe.class, id, "website probe");
        if (request.clientId() != null && request.clientId() != probe.client().id()) {
            throw ApiException.invalid("the website probe is not valid", List.of(ProblemError.at("/clientId",
                    "a probe stays with its client (" + probe.client().id() + "); create a new probe for another")));
        }
        probe.update(request.validDefinition(probe.client().id(), location(request)));
        em.flush();
        scheduler.reschedule(probe);
        changes.record(Caller.of(security), "website-probe.updated", "website-probe", id);
        return view(probe);
    }

    /** Starts a run now, whatever the schedule: 202 with the run; follow it at its Location. */
    @POST
    @Path("{id}/runs")
    @Allowed(Role.ADMIN)
    @Transactional(Transactional.TxType.NEVER)
    public Response runNow(@PathParam("id") long id) {
        WebsiteRun run = runs.start(id, Caller.of(security));
        scheduler.runWebsiteNow(run.id());
        return Response.accepted(WebsiteRunView.of(run, false))
                .location(UriBuilder.fromResource(WebsiteRunsResource.class).path("{id}").build(run.id())).build();
    }

    private Optional<Location> location(WebsiteProbeRequest request) {
        return Optional.ofNullable(request.locationId()).map(id -> em.find(Location.class, id));
    }

    private WebsiteProbeView view(WebsiteProbe probe) {
        return WebsiteProbeView.of(probe, probe.enabled() && probe.schedule().isPresent() ? scheduler.nextWebsiteRun(probe.id())
                : Optional.empty());
    }
}
