package org.serviceaudit.server.history.boundary;

import org.serviceaudit.server.accounts.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.history.entity.Change;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.platform.QueryParameters;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The change record, newest first, for admins: by subject, by user, by period. */
@Path("changes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class ChangesResource {

    @PersistenceContext
    EntityManager em;

    /**
     * @param subjectType audit, user, client, location or template
     * @param from        inclusive, ISO-8601 instant
     * @param to          exclusive
     */
    @GET
    public Page<ChangeView> list(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                                 @QueryParam("userId") String userId, @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters params = new QueryParameters();
        Map<String, Object> filters = new LinkedHashMap<>();
        params.parse("subjectType", subjectType, s -> s, "").ifPresent(v -> filters.put("c.subjectType = :subjectType", v));
        params.parse("subjectId", subjectId, s -> s, "").ifPresent(v -> filters.put("c.subjectId = :subjectId", v));
        params.id("userId", userId).ifPresent(v -> filters.put("c.userId = :userId", v));
        params.instant("from", from).ifPresent(v -> filters.put("c.changedAt >= :from", v.atOffset(ZoneOffset.UTC)));
        params.instant("to", to).ifPresent(v -> filters.put("c.changedAt < :to", v.atOffset(ZoneOffset.UTC)));
        params.throwIfAny();
        return Listing.page(em, Change.class, "Change c", "", filters, "c.changedAt desc, c.id desc", PageRequest.of(page, size),
                ChangeView::of);
    }
}
