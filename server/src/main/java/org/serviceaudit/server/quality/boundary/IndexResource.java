package org.serviceaudit.server.quality.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.clients.control.VisibleClients;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.quality.control.Period;
import org.serviceaudit.server.quality.control.QualityDetails;
import org.serviceaudit.server.quality.control.QualityIndex;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.checklists.Language;

import java.util.Optional;

/**
 * The Service Quality Index of a client and its locations for a period, as JSON or as CSV (one
 * row for the client and one per location, in rank order). Admins for any client; a manager
 * for their own (it counts only published audits, which they see anyway).
 */
@Path("index")
@RequestScoped
@Transactional
public class IndexResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    QualityIndex index;
    @Inject
    QualityDetails details;
    @Context
    SecurityContext security;

    /**
     * @param period a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year, in {@code zone} (default UTC)
     * @param from   with {@code to}, instead of a period: {@code from <= t < to}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.ADMIN, Role.MANAGER})
    public IndexView get(@QueryParam("clientId") String clientId, @QueryParam("period") String period, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("zone") String zone) {
        return IndexView.of(report(clientId, period, from, to, zone));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Allowed({Role.ADMIN, Role.MANAGER})
    public Response csv(@QueryParam("clientId") String clientId, @QueryParam("period") String period, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("zone") String zone) {
        QualityIndex.Report report = report(clientId, period, from, to, zone);
        String name = "service-quality-index-" + report.clientId() + "-" + report.period().label().replaceAll("[^0-9A-Za-z-]", "_") + ".csv";
        return Response.ok(IndexCsv.of(report)).type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /**
     * What lies behind the index of the client, or of one location: the nine service
     * dimensions, the section scores, the ten items failed most often (their text in
     * {@code lang}, default en), and the index of this period and the {@code periods - 1}
     * before it (default 6 in all, at most 24).
     */
    @GET
    @Path("details")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.ADMIN, Role.MANAGER})
    public QualityDetails.Details details(@QueryParam("clientId") String clientId, @QueryParam("locationId") String locationId,
                                          @QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("zone") String zone, @QueryParam("lang") String lang,
                                          @QueryParam("periods") String periods) {
        QueryParameters parameters = new QueryParameters();
        Optional<Long> client = parameters.requiredId("clientId", clientId);
        Optional<Long> location = parameters.id("locationId", locationId);
        Language language = parameters.language("lang", lang);
        int count = parameters.parse("periods", periods, p -> {
            int n = Integer.parseInt(p);
            if (n < 1 || n > 24) {
                throw new IllegalArgumentException();
            }
            return n;
        }, "must be a whole number from 1 to 24").orElse(6);
        Optional<Period> chosen = Period.of(parameters, period, from, to, zone);
        parameters.throwIfAny();
        Client visible = VisibleClients.require(em, Caller.of(security), client.get());
        if (location.isPresent() && VisibleClients.requireLocation(em, Caller.of(security), location.get()).client().id() != visible.id()) {
            throw ApiException.notFound("location", location.get());
        }
        return details.compute(visible, location, chosen.get(), language, count);
    }

    private QualityIndex.Report report(String clientId, String period, String from, String to, String zone) {
        QueryParameters parameters = new QueryParameters();
        Optional<Long> client = parameters.requiredId("clientId", clientId);
        Optional<Period> chosen = Period.of(parameters, period, from, to, zone);
        parameters.throwIfAny();
        Client visible = VisibleClients.require(em, Caller.of(security), client.get());
        return index.compute(visible, chosen.get());
    }
}
