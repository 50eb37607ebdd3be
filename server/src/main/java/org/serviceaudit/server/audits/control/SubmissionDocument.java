package org.serviceaudit.server.audits.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import org.serviceaudit.checklists.Answer;
import org.serviceaudit.checklists.AuditScore;
import org.serviceaudit.checklists.ItemResult;
import org.serviceaudit.checklists.Response;
import org.serviceaudit.checklists.SectionScore;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The API view of a submission, computed once when it arrives and stored as JSON, so a
 * retry gets byte for byte the answer the first request got:
 * <pre>{@code
 * {"id": "…", "auditId": 7, "receivedAt": "…", "templateId": "phone-etiquette", "templateVersion": 1,
 *  "score": 0.925, "band": "secure", "criticalFailure": false,
 *  "sections": [{"id": "answering", "score": 1.0, "capped": false}, …],
 *  "items": [{"item": "rings", "section": "answering", "status": "passed", "score": 1.0, "weight": 1.0, "critical": false}, …],
 *  "failedItems": ["greeting_department"],
 *  "answers": [{"item": "rings", "value": 2}, {"item": "ivr", "na": true}, …]}
 * }</pre>
 * Written with the JSON-P generator rather than JSON-B: it is on the ingest path, and
 * reflection-based binding cost a sixth of a submission's CPU time.
 */
public final class SubmissionDocument {

    private static final JsonProvider JSON = JsonProvider.provider();

    private SubmissionDocument() {
    }

    public static String json(String id, long auditId, Instant receivedAt, String templateId, int templateVersion,
                              AuditScore score, List<Answer> answers) {
        StringWriter out = new StringWriter(4_096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject()
                    .write("id", id)
                    .write("auditId", auditId)
                    .write("receivedAt", receivedAt.toString())
                    .write("templateId", templateId)
                    .write("templateVersion", templateVersion);
            number(g, "score", score.score());
            if (score.band() != null) {
                g.write("band", score.band().code());
            }
            g.write("criticalFailure", score.criticalFailure());
            g.writeStartArray("sections");
            for (SectionScore s : score.sections()) {
                g.writeStartObject().write("id", s.sectionId());
                number(g, "score", s.score());
                g.write("capped", s.capped()).writeEnd();
            }
            g.writeEnd().writeStartArray("items");
            for (ItemResult i : score.items()) {
                g.writeStartObject().write("item", i.itemId()).write("section", i.sectionId())
                        .write("status", i.status().name().toLowerCase(Locale.ROOT));
                number(g, "score", i.score());
                g.write("weight", i.weight()).write("critical", i.critical()).writeEnd();
            }
            g.writeEnd().writeStartArray("failedItems");
            score.failedItems().forEach(i -> g.write(i.itemId()));
            g.writeEnd().writeStartArray("answers");
            for (Answer a : answers) {
                g.writeStartObject().write("item", a.itemId());
                Response r = a.response();
                if (r instanceof Response.Flag f) {
                    g.write("value", f.value());
                } else if (r instanceof Response.Number n) {
                    g.write("value", n.value());
                } else if (r instanceof Response.Text t) {
                    g.write("value", t.value());
                } else {
                    g.write("na", true);
                }
                if (a.comment() != null) {
                    g.write("comment", a.comment());
                }
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        }
        return out.toString();
    }

    private static void number(JsonGenerator g, String name, Double value) {
        if (value != null) {
            g.write(name, value);
        }
    }
}
