package org.serviceaudit.server.audits.boundary;

import org.serviceaudit.server.audits.entity.Submission;

import java.time.Instant;

/** A submission in the list of an audit's submissions (the first, and corrected ones after a return). */
public record SubmissionSummary(String id, Instant receivedAt, Double score, String band) {

    static SubmissionSummary of(Submission s) {
        return new SubmissionSummary(s.id(), s.receivedAt(), s.score().orElse(null), s.band().orElse(null));
    }
}
