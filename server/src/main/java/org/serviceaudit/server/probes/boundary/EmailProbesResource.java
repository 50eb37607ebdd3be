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
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.probes.control.EmailRuns;
import org.serviceaudit.server.probes.control.ProbeScheduler;
import org.serviceaudit.server.probes.entity.EmailProbe;
import org.serviceaudit.server.probes.entity.EmailRun;
import org.serviceaudit.server.probes.entity.Mailbox;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.FieldErrors;
import org.serviceaudit.server.problems.ProblemError;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Email probe definitions, one or more per location, and starting a run by hand. Admins only;
 * managers read the runs (see {@link EmailRunsResource}).
 */
@Path("email-probes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailProbesResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Inject
    ProbeScheduler scheduler;
    @Inject
    EmailRuns runs;
    @Context
    SecurityContext security;

    @GET
    @Allowed(Role.ADMIN)
    public Page<EmailProbeView> list(@QueryParam("clientId") String client, @QueryParam("locationId") String location,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Map<String, Object> filters = new LinkedHashMap<>();
        parameters.id("clientId", client).ifPresent(id -> filters.put("p.location.client.id = :client", id));
        parameters.id("locationId", location).ifPresent(id -> filters.put("p.location.id = :location", id));
        PageRequest paging = PageRequest.of(page, size);
        parameters.throwIfAny();
        return Listing.page(em, EmailProbe.class, "EmailProbe p", "", filters, "p.id", paging, this::view);
    }

    @POST
    @Allowed(Role.ADMIN)
    public Response create(EmailProbeRequest request) {
        FieldErrors.requireBody(request);
        Optional<Location> location = Optional.ofNullable(request.locationId()).map(id -> em.find(Location.class, id));
        if (location.isEmpty()) {
            throw ApiException.invalid("the email probe is not valid", List.of(ProblemError.at("/locationId",
                    request.locationId() == null ? "is required" : "there is no location " + request.locationId())));
        }
        EmailProbe probe = new EmailProbe(location.get(), request.validDefinition(location, this::mailbox), clock.instant());
        em.persist(probe);
        em.flush();
        scheduler.reschedule(probe);
        changes.record(Caller.of(security), "email-probe.created", "email-probe", probe.id(), probe.targetAddress());
        return Response.created(UriBuilder.fromResource(EmailProbesResource.class).path("{id}").build(probe.id()))
                .entity(view(probe)).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public EmailProbeView get(@PathParam("id") long id) {
        return view(Entities.require(em, EmailProbe.class, id, "email probe"));
    }

    /** A probe stays at its location; a changed schedule takes effect at once. */
    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public EmailProbeView update(@PathParam("id") long id, EmailProbeRequest request) {
        FieldErrors.requireBody(request);
        EmailProbe probe = Entities.require(em, EmailProbe.class, id, "email probe");
        if (request.locationId() != null && request.locationId() != probe.location().id()) {
            throw ApiException.invalid("the email probe is not valid", List.of(ProblemError.at("/locationId",
                    "a probe stays at its location (" + probe.location().id() + "); create a new probe for another")));
        }
        probe.update(request.validDefinition(Optional.of(probe.location()), this::mailbox));
        em.flush();
        scheduler.reschedule(probe);
        changes.record(Caller.of(security), "email-probe.updated", "email-probe", id);
        return view(probe);
    }

    /**
     * Starts a run now, whatever the schedule (also of a disabled probe): 202 with the run,
     * which is sent within moments; follow it at its Location.
     */
    @POST
    @Path("{id}/runs")
    @Allowed(Role.ADMIN)
    @Transactional(Transactional.TxType.NEVER)
    public Response runNow(@PathParam("id") long id) {
        // Committed before the send is scheduled, so the scheduler, which reads the table
        // on its own connection, sees the run at once.
        EmailRun run = runs.start(id, Caller.of(security));
        scheduler.sendNow(run.id());
        return Response.accepted(EmailRunView.of(run, List.of()))
                .location(UriBuilder.fromResource(EmailRunsResource.class).path("{id}").build(run.id())).build();
    }

    private Optional<Mailbox> mailbox(long id) {
        return Optional.ofNullable(em.find(Mailbox.class, id));
    }

    private EmailProbeView view(EmailProbe probe) {
        // A disabled probe's execution may still be in the table for a moment (it was running
        // when disabled); when it fires it finds the probe disabled and removes itself.
        return EmailProbeView.of(probe, probe.enabled() && probe.schedule().isPresent() ? scheduler.nextRun(probe.id()) : Optional.empty());
    }
}
