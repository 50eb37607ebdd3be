package org.serviceaudit.checklists;

import java.util.Optional;

/**
 * How one item came out.
 *
 * @param score the item score from 0 to 1, or {@code null} when it does not count
 *              (N/A, an optional item left out, evidence)
 */
public record ItemResult(String itemId, String sectionId, Status status, Double score, double weight, boolean critical) {

    public enum Status {
        PASSED,
        FAILED,
        /** Marked N/A by the auditor: leaves the denominator. */
        NOT_APPLICABLE,
        /** A required item without a valid answer: counts as failed with score 0. */
        MISSING,
        /** An optional item left out: leaves the denominator. */
        UNANSWERED,
        /** Free text or photo: recorded, not scored. */
        EVIDENCE
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.MISSING;
    }

    public Optional<Double> scoreValue() {
        return Optional.ofNullable(score);
    }
}
