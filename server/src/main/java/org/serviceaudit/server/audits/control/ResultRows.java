package org.serviceaudit.server.audits.control;

import org.serviceaudit.checklists.AuditScore;
import org.serviceaudit.checklists.ItemResult;
import org.serviceaudit.checklists.SectionScore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

/**
 * Writes a submission's per-section results and its exceptional items (tables
 * {@code submission_section} and {@code submission_item}, read by reports) as one multi-row
 * INSERT each, on the connection of the submission's own transaction.
 *
 * <p>Only items that did not pass with full score get a row ({@link #exceptional}); an item
 * of the template version without one passed with score 1. A row for every item cost
 * PostgreSQL more than half of a submission's database time (measured: docs/performance.md).
 * Through JPA, these rows were a third of the server's CPU per submission (the unit of work
 * registers, clones and diffs every one); nothing reads them back as entities.
 */
final class ResultRows {

    private ResultRows() {
    }

    static void insert(Connection connection, String submissionId, AuditScore score) throws SQLException {
        List<SectionScore> sections = score.sections();
        if (!sections.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO submission_section (submission_id, section_id, score, capped) VALUES " + rows(sections.size(), 4))) {
                int p = 1;
                for (SectionScore section : sections) {
                    s.setString(p++, submissionId);
                    s.setString(p++, section.sectionId());
                    p = setScore(s, p, section.score());
                    s.setBoolean(p++, section.capped());
                }
                s.executeUpdate();
            }
        }
        List<ItemResult> items = score.items().stream().filter(ResultRows::exceptional).toList();
        if (!items.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO submission_item "
                    + "(submission_id, item_id, section_id, status, score, weight, critical) VALUES " + rows(items.size(), 7))) {
                int p = 1;
                for (ItemResult item : items) {
                    s.setString(p++, submissionId);
                    s.setString(p++, item.itemId());
                    s.setString(p++, item.sectionId());
                    s.setString(p++, item.status().name().toLowerCase(Locale.ROOT));
                    p = setScore(s, p, item.score());
                    s.setDouble(p++, item.weight());
                    s.setBoolean(p++, item.critical());
                }
                s.executeUpdate();
            }
        }
    }

    /** Whether an item's outcome needs a row: a scored item that did not pass with score 1. */
    static boolean exceptional(ItemResult item) {
        return item.status() != ItemResult.Status.EVIDENCE
                && !(item.status() == ItemResult.Status.PASSED && item.score() != null && item.score() == 1.0);
    }

    private static int setScore(PreparedStatement s, int p, Double score) throws SQLException {
        if (score == null) {
            s.setNull(p, Types.DOUBLE);
        } else {
            s.setDouble(p, score);
        }
        return p + 1;
    }

    private static String rows(int rows, int columns) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        return String.join(", ", java.util.Collections.nCopies(rows, row));
    }
}
