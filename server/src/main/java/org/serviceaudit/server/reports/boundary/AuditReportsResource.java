package org.serviceaudit.server.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.serviceaudit.checklists.Language;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.audits.control.Photos;
import org.serviceaudit.server.audits.control.VisibleAudits;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.audits.entity.Submission;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.reports.control.AuditReport;
import org.serviceaudit.server.templates.control.TemplateCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * The PDF/A report of one audit, for whoever may read the audit: the admins, its auditor, and
 * once published the client's managers (anyone else gets a 404, as for the audit itself).
 */
@Path("audits/{id}/report")
@RequestScoped
@Transactional
public class AuditReportsResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    TemplateCatalog templates;
    @Inject
    Clock clock;
    @Inject
    Photos photos;
    @Context
    SecurityContext security;

    private java.util.Map<String, byte[]> photos(long auditId) {
        java.util.Map<String, byte[]> bytes = new java.util.HashMap<>();
        for (Photos.Photo p : photos.list(auditId)) {
            photos.bytes(auditId, p.id()).ifPresent(b -> bytes.put(p.id(), b));
        }
        return bytes;
    }

    /** @param lang en (default), ru, uk or sv */
    @GET
    @Produces("application/pdf")
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public Response get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        QueryParameters parameters = new QueryParameters();
        Language language = parameters.language("lang", lang);
        parameters.throwIfAny();
        Audit audit = VisibleAudits.require(em, Caller.of(security), id);
        Submission submission = audit.submissionId().map(s -> em.find(Submission.class, s)).orElseThrow(() ->
                ApiException.conflict("no-submission", "audit " + id + " has no submission yet, so there is nothing to report"));
        AuditReport.Facts facts = new AuditReport.Facts(id, audit.location().client().name(),
                audit.location().name() + audit.location().address().map(a -> ", " + a).orElse(""), audit.location().timeZone().getId(),
                audit.submittedAt().orElse(submission.receivedAt()), templates.forAudit(audit.templateId(), audit.templateVersion()),
                submission.document(), photos(id));
        try {
            byte[] pdf = AuditReport.render(facts, language, clock.instant());
            String day = DateTimeFormatter.ISO_LOCAL_DATE.format(facts.submittedAt().atZone(audit.location().timeZone()));
            return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"audit-" + id + "-"
                    + audit.templateId() + "-" + day + "-" + language.code() + ".pdf\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit report could not be made", e);
        }
    }
}
