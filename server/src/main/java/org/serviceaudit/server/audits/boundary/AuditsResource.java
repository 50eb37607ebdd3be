package org.serviceaudit.server.audits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.audits.control.ParsedSubmission;
import org.serviceaudit.server.audits.control.SubmissionIngest;
import org.serviceaudit.server.audits.control.SubmissionParser;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.audits.entity.AuditStatus;
import org.serviceaudit.server.audits.entity.Submission;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.platform.Entities;
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

@Path("audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditsResource {

    static final int MAX_NAME = 200;
    static final int MAX_COMMENT = 4_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    TemplateCatalog templates;
    @Inject
    SubmissionIngest ingest;
    @Inject
    Clock clock;

    private final SubmissionParser parser = new SubmissionParser();

    /**
     * Audits by client, location, status and period; the period is half-open and applies to
     * the start of the due window ({@code from <= dueFrom < to}).
     */
    @GET
    @Transactional
    public Page<AuditView> list(@QueryParam("clientId") String clientId, @QueryParam("locationId") String locationId,
                                @QueryParam("status") String status, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters params = new QueryParameters();
        Map<String, Object> filters = new LinkedHashMap<>();
        params.id("clientId", clientId).ifPresent(v -> filters.put("a.location.client.id = :clientId", v));
        params.id("locationId", locationId).ifPresent(v -> filters.put("a.location.id = :locationId", v));
        params.parse("status", status, s -> AuditStatus.fromCode(s).orElseThrow(IllegalArgumentException::new),
                "must be one of assigned, submitted, approved, returned, published")
                .ifPresent(v -> filters.put("a.status = :status", v));
        params.instant("from", from).ifPresent(v -> filters.put("a.dueFrom >= :from", v.atOffset(ZoneOffset.UTC)));
        params.instant("to", to).ifPresent(v -> filters.put("a.dueFrom < :to", v.atOffset(ZoneOffset.UTC)));
        params.throwIfAny();
        PageRequest paging = PageRequest.of(page, size);
        String where = filters.isEmpty() ? "" : " where " + String.join(" and ", filters.keySet());
        TypedQuery<Audit> rows = em.createQuery("select a from Audit a join fetch a.location l join fetch l.client" + where
                + " order by a.dueFrom desc, a.id desc", Audit.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Audit a" + where, Long.class);
        filters.forEach((condition, value) -> {
            String name = condition.substring(condition.indexOf(':') + 1);
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Audit> audits = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return paging.page(audits, count.getSingleResult(), AuditView::of);
    }

    @POST
    @Transactional
    public Response create(AuditRequest request) {
        FieldErrors.requireBody(request);
        FieldErrors errors = new FieldErrors()
                .required("/locationId", request.locationId())
                .text("/templateId", request.templateId(), 64, true)
                .check("/templateVersion", request.templateVersion(), v -> v >= 1, "must be 1 or more")
                .text("/auditor", request.auditor(), MAX_NAME, true)
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
        errors.throwIfAny("the audit refers to something that does not exist");
        Audit audit = new Audit(location, template.get().templateId(), template.get().version(), request.auditor().strip(),
                request.dueFrom(), request.dueTo(), clock.instant());
        em.persist(audit);
        em.flush();
        return Response.created(UriBuilder.fromResource(AuditsResource.class).path("{id}").build(audit.id()))
                .entity(AuditView.of(audit)).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    public AuditView get(@PathParam("id") long id) {
        return AuditView.of(Entities.require(em, Audit.class, id, "audit"));
    }

    /**
     * Receives a filled checklist. Always 201 with the stored submission, also for a retry of
     * one received before (same submissionId and content); a submissionId reused with other
     * content is a 409.
     */
    @POST
    @Path("{id}/submissions")
    public Response submit(@PathParam("id") long id, String body) {
        ParsedSubmission parsed = parser.parse(body);
        Submission stored = ingest.submit(id, parsed);
        return Response.created(UriBuilder.fromResource(AuditsResource.class).path("{id}/submissions/{submission}")
                .build(id, stored.id())).entity(stored.document()).build();
    }

    @GET
    @Path("{id}/submissions")
    @Transactional
    public List<SubmissionSummary> submissions(@PathParam("id") long id) {
        Entities.require(em, Audit.class, id, "audit");
        return em.createQuery("select s from Submission s where s.auditId = :audit order by s.receivedAt", Submission.class)
                .setParameter("audit", id).getResultStream().map(SubmissionSummary::of).toList();
    }

    @GET
    @Path("{id}/submissions/{submission}")
    @Transactional
    public Response submission(@PathParam("id") long id, @PathParam("submission") String submissionId) {
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || s.auditId() != id) {
            throw ApiException.notFound("submission", submissionId + " of audit " + id);
        }
        return Response.ok(s.document(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{id}/review")
    @Transactional
    public AuditView review(@PathParam("id") long id, ReviewRequest request) {
        FieldErrors.requireBody(request);
        FieldErrors errors = new FieldErrors()
                .text("/decision", request.decision(), 16, true)
                .check("/decision", request.decision(), d -> d.equals("approve") || d.equals("return"), "must be approve or return")
                .text("/reviewer", request.reviewer(), MAX_NAME, true)
                .text("/comment", request.comment(), MAX_COMMENT, "return".equals(request.decision()));
        errors.throwIfAny("the review is not valid");
        Audit audit = Entities.require(em, Audit.class, id, "audit");
        Instant now = clock.instant();
        if (request.decision().equals("approve")) {
            audit.approve(request.reviewer().strip(), request.comment(), now);
        } else {
            audit.returnToAuditor(request.reviewer().strip(), request.comment(), now);
        }
        return AuditView.of(audit);
    }

    @POST
    @Path("{id}/publication")
    @Transactional
    public AuditView publish(@PathParam("id") long id, PublicationRequest request) {
        FieldErrors.requireBody(request);
        new FieldErrors().text("/publishedBy", request.publishedBy(), MAX_NAME, true).throwIfAny("the publication is not valid");
        Audit audit = Entities.require(em, Audit.class, id, "audit");
        audit.publish(request.publishedBy().strip(), clock.instant());
        return AuditView.of(audit);
    }
}
