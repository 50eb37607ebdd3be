package org.serviceaudit.server.audits.boundary;

import org.serviceaudit.server.audits.entity.Audit;

import java.time.Instant;

/** An audit as the API shows it; the score and band are those of the current submission. */
public record AuditView(long id, long clientId, long locationId, String templateId, int templateVersion, String auditor,
                        Instant dueFrom, Instant dueTo, String status, String submissionId, Instant submittedAt, Double score,
                        String band, String reviewer, String reviewComment, Instant reviewedAt, String publishedBy,
                        Instant publishedAt, Instant createdAt) {

    static AuditView of(Audit a) {
        return new AuditView(a.id(), a.location().client().id(), a.location().id(), a.templateId(), a.templateVersion(),
                a.auditor(), a.dueFrom(), a.dueTo(), a.status().code(), a.submissionId().orElse(null),
                a.submittedAt().orElse(null), a.score().orElse(null), a.band().orElse(null), a.reviewer().orElse(null),
                a.reviewComment().orElse(null), a.reviewedAt().orElse(null), a.publishedBy().orElse(null),
                a.publishedAt().orElse(null), a.createdAt());
    }
}
