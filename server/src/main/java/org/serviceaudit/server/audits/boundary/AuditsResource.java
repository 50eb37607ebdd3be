package org.serviceaudit.server.audits.boundary;

import org.serviceaudit.server.accounts.boundary.Allowed;
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
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;
import org.serviceaudit.server.audits.control.ParsedSubmission;
import org.serviceaudit.server.audits.control.SubmissionIngest;
import org.serviceaudit.server.audits.control.SubmissionParser;
import org.serviceaudit.server.audits.control.VisibleAudits;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.audits.entity.AuditStatus;
import org.serviceaudit.server.audits.entity.Submission;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.FieldErrors;
import org.serviceaudit.server.templates.control.TemplateCatalog;
import org.serviceaudit.server.templates.entity.TemplateVersion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audits: admins assign, review and publish; auditors see and fill their own; managers read
 * their client's published ones. Every load goes through {@link VisibleAudits}, so an audit the
 * caller may not see is a 404, as if it did not exist.
 */
@Path("audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditsResource {

    static final int MAX_COMMENT = 4_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    TemplateCatalog templates;
    @Inject
    SubmissionIngest ingest;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Context
    SecurityContext security;

    private final SubmissionParser parser = new SubmissionParser();

    /**
     * Audits by client, location, auditor, status and period; the period is half-open and
     * applies to the start of the due window ({@code from <= dueFrom < to}).
     */
    @GET
    @Transactional
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public Page<AuditView> list(@QueryParam("clientId") String clientId, @QueryParam("locationId") String locationId,
                                @QueryParam("auditorId") String auditorId, @QueryParam("status") String status,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        Caller caller = Caller.of(security);
        QueryParameters params = new QueryParameters();
        Map<String, Object> filters = new LinkedHashMap<>();
        params.id("clientId", clientId).ifPresent(v -> filters.put("a.location.client.id = :clientId", v));
        params.id("locationId", locationId).ifPresent(v -> filters.put("a.location.id = :locationId", v));
        params.id("auditorId", auditorId).ifPresent(v -> filters.put("a.auditor.id = :auditorId", v));
        params.parse("status", status, s -> AuditStatus.fromCode(s).orElseThrow(IllegalArgumentException::new),
                "must be one of assigned, submitted, approved, returned, published")
                .ifPresent(v -> filters.put("a.status = :status", v));
        params.instant("from", from).ifPresent(v -> filters.put("a.dueFrom >= :from", v.atOffset(ZoneOffset.UTC)));
        params.instant("to", to).ifPresent(v -> filters.put("a.dueFrom < :to", v.atOffset(ZoneOffset.UTC)));
        params.throwIfAny();
        filters.putAll(VisibleAudits.conditions(caller));
        return Listing.page(em, Audit.class, "Audit a", " join fetch a.location l join fetch l.client join fetch a.auditor", filters,
                "a.dueFrom desc, a.id desc", PageRequest.of(page, size), a -> AuditView.of(a, caller));
    }

    @POST
    @Transactional
    @Allowed(Role.ADMIN)
    public Response create(AuditRequest request) {
        FieldErrors.requireBody(request);
        FieldErrors errors = new FieldErrors()
                .required("/locationId", request.locationId())
                .text("/templateId", request.templateId(), 64, true)
                .check("/templateVersion", request.templateVersion(), v -> v >= 1, "must be 1 or more")
                .required("/auditorId", request.auditorId())
                .required("/dueFrom", request.dueFrom())
                .required("/dueTo", request.dueTo());
        if (request.dueFrom() != null && request.dueTo() != null && !request.dueFrom().isBefore(request.dueTo())) {
            errors.add("/dueTo", "must be after dueFrom");
        }
        errors.throwIfAny("the audit is not valid");
        Location location = em.find(Location.class, request.locationId());
        Optional<TemplateVersion> template = templates.lockForNewAudit(request.templateId(), Optional.ofNullable(request.templateVersion()));
        if (location == null) {
            errors.add("/locationId", "no location with id " + request.locationId());
        }
        if (template.isEmpty()) {
            errors.add(request.templateVersion() == null ? "/templateId" : "/templateVersion", "no template " + request.templateId()
                    + (request.templateVersion() == null ? "" : " version " + request.templateVersion()));
        }
        User auditor = assignable(request.auditorId(), errors);
        errors.throwIfAny("the audit refers to something that does not exist or cannot be used");
        Audit audit = new Audit(location, template.get().templateId(), template.get().version(), auditor,
                request.dueFrom(), request.dueTo(), clock.instant());
        em.persist(audit);
        em.flush();
        Caller caller = Caller.of(security);
        changes.record(caller, "audit.created", "audit", audit.id(), "assigned to " + auditor.username());
        return Response.created(UriBuilder.fromResource(AuditsResource.class).path("{id}").build(audit.id()))
                .entity(AuditView.of(audit, caller)).build();
    }

    /** The user, if it is an enabled auditor; otherwise an error at /auditorId and null. */
    private User assignable(long auditorId, FieldErrors errors) {
        User user = em.find(User.class, auditorId);
        if (user == null) {
            errors.add("/auditorId", "no user with id " + auditorId);
        } else if (user.role() != Role.AUDITOR) {
            errors.add("/auditorId", "user " + user.username() + " is a " + user.role().code() + ", not an auditor");
        } else if (!user.enabled()) {
            errors.add("/auditorId", "auditor " + user.username() + " is disabled");
        } else {
            return user;
        }
        return null;
    }

    @GET
    @Path("{id}")
    @Transactional
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public AuditView get(@PathParam("id") long id) {
        Caller caller = Caller.of(security);
        return AuditView.of(VisibleAudits.require(em, caller, id), caller);
    }

    /** Gives the audit to another auditor while it is assigned or returned. */
    @PUT
    @Path("{id}/auditor")
    @Transactional
    @Allowed(Role.ADMIN)
    public AuditView reassign(@PathParam("id") long id, AssignmentRequest request) {
        FieldErrors.requireBody(request);
        FieldErrors errors = new FieldErrors().required("/auditorId", request.auditorId());
        errors.throwIfAny("the assignment needs an auditor");
        Caller caller = Caller.of(security);
        Audit audit = VisibleAudits.require(em, caller, id);
        User auditor = assignable(request.auditorId(), errors);
        errors.throwIfAny("the audit cannot go to this user");
        String before = audit.auditor().username();
        audit.reassign(auditor);
        changes.record(caller, "audit.reassigned", "audit", id, "from " + before + " to " + auditor.username());
        return AuditView.of(audit, caller);
    }

    /**
     * Receives a filled checklist. Always 201 with the stored submission, also for a retry of
     * one received before (same submissionId and content); a submissionId reused with other
     * content is a 409.
     */
    @POST
    @Path("{id}/submissions")
    @Allowed({Role.ADMIN, Role.AUDITOR})
    public Response submit(@PathParam("id") long id, String body) {
        ParsedSubmission parsed = parser.parse(body);
        Submission stored = ingest.submit(id, parsed, Caller.of(security));
        return Response.created(UriBuilder.fromResource(AuditsResource.class).path("{id}/submissions/{submission}")
                .build(id, stored.id())).entity(stored.document()).build();
    }

    @GET
    @Path("{id}/submissions")
    @Transactional
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public List<SubmissionSummary> submissions(@PathParam("id") long id) {
        VisibleAudits.require(em, Caller.of(security), id);
        return em.createQuery("select s from Submission s where s.auditId = :audit order by s.receivedAt", Submission.class)
                .setParameter("audit", id).getResultStream().map(SubmissionSummary::of).toList();
    }

    @GET
    @Path("{id}/submissions/{submission}")
    @Transactional
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public Response submission(@PathParam("id") long id, @PathParam("submission") String submissionId) {
        VisibleAudits.require(em, Caller.of(security), id);
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || s.auditId() != id) {
            throw ApiException.notFound("submission", submissionId + " of audit " + id);
        }
        return Response.ok(s.document(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{id}/review")
    @Transactional
    @Allowed(Role.ADMIN)
    public AuditView review(@PathParam("id") long id, ReviewRequest request) {
        FieldErrors.requireBody(request);
        FieldErrors errors = new FieldErrors()
                .text("/decision", request.decision(), 16, true)
                .check("/decision", request.decision(), d -> d.equals("approve") || d.equals("return"), "must be approve or return")
                .text("/comment", request.comment(), MAX_COMMENT, "return".equals(request.decision()));
        errors.throwIfAny("the review is not valid");
        Caller caller = Caller.of(security);
        Audit audit = VisibleAudits.require(em, caller, id);
        Instant now = clock.instant();
        if (request.decision().equals("approve")) {
            audit.approve(caller.username(), request.comment(), now);
            changes.record(caller, "audit.approved", "audit", id, request.comment());
        } else {
            audit.returnToAuditor(caller.username(), request.comment(), now);
            changes.record(caller, "audit.returned", "audit", id, request.comment());
        }
        return AuditView.of(audit, caller);
    }

    /** Makes an approved audit visible to the client's managers. Takes no body. */
    @POST
    @Path("{id}/publication")
    @Transactional
    @Allowed(Role.ADMIN)
    public AuditView publish(@PathParam("id") long id) {
        Caller caller = Caller.of(security);
        Audit audit = VisibleAudits.require(em, caller, id);
        audit.publish(caller.username(), clock.instant());
        changes.record(caller, "audit.published", "audit", id);
        return AuditView.of(audit, caller);
    }
}
