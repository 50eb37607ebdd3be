package org.serviceaudit.server.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.clients.control.VisibleClients;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.quality.control.Period;
import org.serviceaudit.server.reports.control.ReportFacts;
import org.serviceaudit.server.reports.control.ReportJobs;
import org.serviceaudit.server.reports.control.ReportMaker;
import org.serviceaudit.server.reports.entity.ReportJob;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Period reports for a client as PDF/A, made as jobs: {@code POST /report-jobs?clientId=&period=&lang=}
 * answers 202 with the job at once; poll it until {@code done}, then download its PDF. Asking
 * for a report that is being made returns that job instead of starting another. Admins for
 * any client; a manager for their own (anything else is a 404, as for the client itself).
 */
@Path("report-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportJobsResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ReportJobs jobs;
    @Inject
    ReportMaker maker;
    @Context
    SecurityContext security;

    /**
     * @param period a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year in {@code zone} (default UTC), or {@code from} and {@code to}
     * @param lang   the report's language: en (default), ru, uk or sv
     */
    @POST
    @Allowed({Role.ADMIN, Role.MANAGER})
    @Transactional(Transactional.TxType.NEVER)
    public Response request(@QueryParam("clientId") String clientId, @QueryParam("period") String period, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("zone") String zone, @QueryParam("lang") String lang) {
        QueryParameters parameters = new QueryParameters();
        Optional<Long> client = parameters.requiredId("clientId", clientId);
        Language language = parameters.language("lang", lang);
        Optional<Period> chosen = Period.of(parameters, period, from, to, zone);
        parameters.throwIfAny();
        Caller caller = Caller.of(security);
        Client visible = VisibleClients.require(em, caller, client.get());
        ReportJobs.Requested requested;
        try {
            requested = jobs.request(visible.id(), chosen.get(), language, caller.userId());
        } catch (PersistenceException | TransactionalException raced) {
            // Another member created the same report a moment ago: that job is the answer.
            requested = jobs.running(visible.id(), chosen.get(), language).map(j -> new ReportJobs.Requested(j, false)).orElseThrow(() -> raced);
        }
        if (requested.created()) {
            maker.start(requested.job().id());
        }
        return Response.accepted(ReportJobView.of(requested.job()))
                .location(UriBuilder.fromResource(ReportJobsResource.class).path("{id}").build(requested.job().id())).build();
    }

    /** The newest 50 jobs the caller may see, of one client or all. */
    @GET
    @Allowed({Role.ADMIN, Role.MANAGER})
    public List<ReportJobView> list(@QueryParam("clientId") String clientId) {
        QueryParameters parameters = new QueryParameters();
        Optional<Long> client = parameters.id("clientId", clientId);
        parameters.throwIfAny();
        return jobs.list(Caller.of(security), client, 50).stream().map(ReportJobView::of).toList();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.ADMIN, Role.MANAGER})
    public ReportJobView get(@PathParam("id") String id) {
        return ReportJobView.of(job(id));
    }

    /** The PDF of a finished job; 409 while it is being made or when it failed. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Allowed({Role.ADMIN, Role.MANAGER})
    public Response pdf(@PathParam("id") String id) {
        ReportJob job = job(id);
        if (job.state() == ReportJob.State.FAILED) {
            throw ApiException.conflict("report-failed", "report job " + id + " failed: " + job.failure().orElse("") + "; ask for the report again");
        }
        byte[] pdf = jobs.pdf(id).orElseThrow(() -> ApiException.conflict("report-not-ready", "report job " + id + " is " + job.stage()
                + " (" + Math.round(job.progress() * 100) + "% done); poll it until its state is done"));
        Client client = em.find(Client.class, job.clientId());
        String ascii = ReportFacts.fileName(job.clientId(), client.name(), job.period(), job.language(), true);
        String full = job.fileName().orElse(ascii);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    private ReportJob job(String id) {
        return jobs.visible(Caller.of(security), id).orElseThrow(() -> ApiException.notFound("report job", id));
    }
}
