package org.serviceaudit.server.audits.boundary;

import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.audits.entity.Audit;

import java.time.Instant;

/**
 * An audit as the API shows it; the score and band are those of the current submission.
 *
 * @param auditorId who fills it in; null for managers: which mystery shopper came is the
 *                  agency's to know, not the audited client's
 */
public record AuditView(long id, long clientId, String clientName, long locationId, String locationName, String templateId, int templateVersion, Long auditorId,
                        String auditor, Instant dueFrom, Instant dueTo, String status, String submissionId, Instant submittedAt,
                        Double score, String band, String reviewer, String reviewComment, Instant reviewedAt, String publishedBy,
                        Instant publishedAt, Instant createdAt) {

    static AuditView of(Audit a, Caller viewer) {
        boolean showAuditor = !viewer.is(Role.MANAGER);
        return new AuditView(a.id(), a.location().client().id(), a.location().client().name(), a.location().id(),
                a.location().name(), a.templateId(), a.templateVersion(),
                showAuditor ? a.auditor().id() : null, showAuditor ? a.auditor().username() : null, a.dueFrom(), a.dueTo(),
                a.status().code(), a.submissionId().orElse(null), a.submittedAt().orElse(null), a.score().orElse(null),
                a.band().orElse(null), a.reviewer().orElse(null), a.reviewComment().orElse(null), a.reviewedAt().orElse(null),
                a.publishedBy().orElse(null), a.publishedAt().orElse(null), a.createdAt());
    }
}
