package org.serviceaudit.server.audits.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import org.serviceaudit.checklists.Answer;
import org.serviceaudit.checklists.AnswerViolation;
import org.serviceaudit.checklists.Response;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.FieldErrors;
import org.serviceaudit.server.problems.ProblemError;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a submission body:
 * <pre>{@code
 * {"submissionId": "4f0c…", "answers": [
 *   {"item": "rings", "value": 2},
 *   {"item": "ivr", "na": true},
 *   {"item": "helps", "value": "answered", "comment": "…"}]}
 * }</pre>
 * A value is {@code true}/{@code false}, a number, or a text (an option id for choices).
 */
public final class SubmissionParser {

    /** The most answers one submission may carry. */
    public static final int MAX_ANSWERS = 1_000;
    /** The longest comment on one answer, in characters. */
    public static final int MAX_COMMENT = 4_000;

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> BODY_FIELDS = Set.of("submissionId", "answers");
    private static final Set<String> ANSWER_FIELDS = Set.of("item", "value", "na", "comment");

    public ParsedSubmission parse(String body) {
        JsonValue json;
        try (var reader = JSON.createReader(new StringReader(FieldErrors.requireBody(body)))) {
            json = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw ApiException.badRequest("the body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + ")") + ": " + e.getMessage(), List.of());
        }
        if (!(json instanceof JsonObject o)) {
            throw ApiException.invalid("the submission is not valid",
                    List.of(ProblemError.at("", "must be a JSON object with submissionId and answers")));
        }
        FieldErrors errors = new FieldErrors();
        o.keySet().stream().filter(k -> !BODY_FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add("/" + k, "unknown field; expected submissionId and answers"));
        UUID id = submissionId(o.get("submissionId"), errors);
        List<Answer> answers = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        FieldErrors shape = new FieldErrors();
        Set<String> malformed = new HashSet<>();
        JsonValue list = o.get("answers");
        if (!(list instanceof JsonArray array)) {
            errors.add("/answers", list == null ? "is required" : "must be an array of answers");
        } else if (array.size() > MAX_ANSWERS) {
            errors.add("/answers", "has " + array.size() + " answers; at most " + MAX_ANSWERS + " are accepted");
        } else {
            for (int i = 0; i < array.size(); i++) {
                int before = answers.size();
                answer(array.get(i), "/answers/" + i, shape, answers, malformed);
                if (answers.size() > before) {
                    indexes.add(i);
                }
            }
        }
        errors.throwIfAny("the submission is not valid");
        return new ParsedSubmission(id, answers, indexes, shape.list(), malformed, hash(answers));
    }

    /**
     * Everything wrong with the answers in one list: malformed answers, then the template's
     * verdict on the well-formed ones, each pointing into the body and naming its item.
     */
    public static List<ProblemError> problems(ParsedSubmission submission, List<AnswerViolation> violations) {
        List<ProblemError> errors = new ArrayList<>(submission.shapeErrors());
        for (AnswerViolation v : violations) {
            if (v.kind() == AnswerViolation.Kind.MISSING && submission.malformedItems().contains(v.itemId())) {
                continue; // the malformed answer is reported already
            }
            String pointer = v.answer().isEmpty() ? "/answers" : "/answers/" + submission.indexes().get(v.answer().getAsInt())
                    + (v.kind() == AnswerViolation.Kind.REPEATED ? "/item" : "/value");
            errors.add(ProblemError.item(pointer, v.itemId(), v.message()));
        }
        return errors;
    }

    private static UUID submissionId(JsonValue value, FieldErrors errors) {
        if (value instanceof JsonString s) {
            try {
                UUID id = UUID.fromString(s.getString());
                if (id.toString().equalsIgnoreCase(s.getString())) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        errors.add("/submissionId", value == null ? "is required: a UUID the client generates once per submission"
                : "must be a UUID such as 3b241101-e2bb-4255-8caf-4136c566a962");
        return null;
    }

    private static void answer(JsonValue value, String pointer, FieldErrors shape, List<Answer> answers, Set<String> malformed) {
        if (!(value instanceof JsonObject o)) {
            shape.add(pointer, "must be an object with item and value (or na)");
            return;
        }
        String item = o.get("item") instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
        FieldErrors errors = new FieldErrors();
        o.keySet().stream().filter(k -> !ANSWER_FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add(pointer + "/" + k, "unknown field; expected item, value, na, comment"));
        if (item == null) {
            errors.add(pointer + "/item", "is required: the id of the checklist item");
        }
        JsonValue na = o.get("na");
        boolean notApplicable = na == JsonValue.TRUE;
        if (na != null && na != JsonValue.TRUE && na != JsonValue.FALSE) {
            errors.add(pointer + "/na", "must be true or false");
        }
        JsonValue raw = o.get("value");
        Response response = null;
        if (notApplicable) {
            if (raw != null && raw != JsonValue.NULL) {
                errors.add(pointer + "/value", "must be left out when na is true");
            }
            response = Response.NotApplicable.INSTANCE;
        } else if (raw == null || raw == JsonValue.NULL) {
            errors.add(pointer + "/value", "is required (or \"na\": true where the item allows it)");
        } else if (raw == JsonValue.TRUE || raw == JsonValue.FALSE) {
            response = new Response.Flag(raw == JsonValue.TRUE);
        } else if (raw instanceof JsonNumber n) {
            response = new Response.Number(n.bigDecimalValue());
        } else if (raw instanceof JsonString s) {
            response = new Response.Text(s.getString());
        } else {
            errors.add(pointer + "/value", "must be true, false, a number or a text");
        }
        JsonValue comment = o.get("comment");
        String text = null;
        if (comment instanceof JsonString s) {
            text = s.getString().length() <= MAX_COMMENT ? s.getString() : null;
            if (text == null) {
                errors.add(pointer + "/comment", "is " + s.getString().length() + " characters long; at most " + MAX_COMMENT + " are accepted");
            }
        } else if (comment != null && comment != JsonValue.NULL) {
            errors.add(pointer + "/comment", "must be a text");
        }
        if (errors.isEmpty() && item != null && response != null) {
            answers.add(new Answer(item, response, text));
        } else {
            errors.list().forEach(e -> shape.add(ProblemError.item(e.pointer(), item, e.detail())));
            if (item != null) {
                malformed.add(item);
            }
        }
    }

    /** A canonical form of the answers, independent of their order and of JSON formatting. */
    static String hash(List<Answer> answers) {
        StringBuilder canonical = new StringBuilder();
        answers.stream().sorted(Comparator.comparing(Answer::itemId)).forEach(a -> {
            canonical.append(a.itemId().length()).append(':').append(a.itemId()).append('=');
            String value = describe(a.response());
            canonical.append(value.length()).append(':').append(value);
            String comment = a.comment() == null ? "" : a.comment();
            canonical.append('#').append(comment.length()).append(':').append(comment).append('\n');
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String describe(Response r) {
        if (r instanceof Response.Flag f) {
            return "b" + f.value();
        }
        if (r instanceof Response.Number n) {
            return "n" + n.value().stripTrailingZeros().toPlainString();
        }
        if (r instanceof Response.Text t) {
            return "t" + t.value();
        }
        return "na";
    }
}
