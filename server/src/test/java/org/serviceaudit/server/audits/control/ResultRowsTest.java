package org.serviceaudit.server.audits.control;

import org.junit.jupiter.api.Test;
import org.serviceaudit.checklists.ItemResult;
import org.serviceaudit.checklists.ItemResult.Status;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only outcomes other than "passed with score 1" are stored as rows; the rest is implied. */
class ResultRowsTest {

    private static ItemResult item(Status status, Double score) {
        return new ItemResult("i", "s", status, score, 1, false);
    }

    @Test
    void fullPassAndEvidenceNeedNoRow() {
        assertFalse(ResultRows.exceptional(item(Status.PASSED, 1.0)));
        assertFalse(ResultRows.exceptional(item(Status.EVIDENCE, null)));
    }

    @Test
    void everyOtherOutcomeIsStored() {
        assertTrue(ResultRows.exceptional(item(Status.PASSED, 0.75)));
        assertTrue(ResultRows.exceptional(item(Status.FAILED, 0.0)));
        assertTrue(ResultRows.exceptional(item(Status.FAILED, 0.5)));
        assertTrue(ResultRows.exceptional(item(Status.MISSING, 0.0)));
        assertTrue(ResultRows.exceptional(item(Status.NOT_APPLICABLE, null)));
        assertTrue(ResultRows.exceptional(item(Status.UNANSWERED, null)));
    }
}
