package org.serviceaudit.server.audits.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.serviceaudit.checklists.Answer;
import org.serviceaudit.checklists.AuditScore;
import org.serviceaudit.checklists.ItemResult;
import org.serviceaudit.checklists.Response;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The API view of a submission, computed once when it arrives and stored as JSON, so a
 * retry gets byte-for-byte the answer the first request got.
 *
 * @param failedItems the ids of failed items, including required ones without an answer
 */
public record SubmissionDocument(String id, long auditId, Instant receivedAt, String templateId, int templateVersion,
                                 Double score, String band, boolean criticalFailure, List<SectionView> sections,
                                 List<ItemView> items, List<String> failedItems, List<AnswerView> answers) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    public record SectionView(String id, Double score, boolean capped) {
    }

    public record ItemView(String item, String section, String status, Double score, double weight, boolean critical) {
    }

    /** One answer as received: {@code value} is absent for N/A. */
    public record AnswerView(String item, Object value, Boolean na, String comment) {
    }

    public static SubmissionDocument of(String id, long auditId, Instant receivedAt, String templateId, int templateVersion,
                                        AuditScore score, List<Answer> answers) {
        return new SubmissionDocument(id, auditId, receivedAt, templateId, templateVersion, score.score(),
                score.band() == null ? null : score.band().code(), score.criticalFailure(),
                score.sections().stream().map(s -> new SectionView(s.sectionId(), s.score(), s.capped())).toList(),
                score.items().stream().map(i -> new ItemView(i.itemId(), i.sectionId(), i.status().name().toLowerCase(Locale.ROOT),
                        i.score(), i.weight(), i.critical())).toList(),
                score.failedItems().stream().map(ItemResult::itemId).toList(),
                answers.stream().map(SubmissionDocument::view).toList());
    }

    private static AnswerView view(Answer a) {
        Response r = a.response();
        Object value = null;
        if (r instanceof Response.Flag f) {
            value = f.value();
        } else if (r instanceof Response.Number n) {
            value = n.value();
        } else if (r instanceof Response.Text t) {
            value = t.value();
        }
        return new AnswerView(a.itemId(), value, a.notApplicable() ? Boolean.TRUE : null, a.comment());
    }

    public String toJson() {
        return JSONB.toJson(this);
    }
}
