package org.serviceaudit.server.audits.control;

import org.junit.jupiter.api.Test;
import org.serviceaudit.checklists.Response;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.ProblemError;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubmissionParserTest {

    private final SubmissionParser parser = new SubmissionParser();
    private static final String ID = "3b241101-e2bb-4255-8caf-4136c566a962";

    @Test
    void readsEveryShapeOfValue() {
        ParsedSubmission s = parser.parse("""
                {"submissionId": "%s", "answers": [
                  {"item": "a", "value": true}, {"item": "b", "value": 2.50}, {"item": "c", "value": "x", "comment": "why"},
                  {"item": "d", "na": true}]}
                """.formatted(ID));
        assertEquals(ID, s.id().toString());
        assertEquals(new Response.Flag(true), s.answers().get(0).response());
        assertEquals(new Response.Number(new BigDecimal("2.50")), s.answers().get(1).response());
        assertEquals("why", s.answers().get(2).comment());
        assertEquals(Response.NotApplicable.INSTANCE, s.answers().get(3).response());
        assertEquals(List.of(), s.shapeErrors());
    }

    @Test
    void contentHashIgnoresOrderAndNumberFormatButNotContent() {
        String a = parser.parse("{\"submissionId\": \"" + ID + "\", \"answers\": [{\"item\": \"a\", \"value\": 1}, {\"item\": \"b\", \"value\": true}]}").contentHash();
        String b = parser.parse("{\"answers\": [{\"value\": true, \"item\": \"b\"}, {\"item\": \"a\", \"value\": 1.0}], \"submissionId\": \"" + ID + "\"}").contentHash();
        String c = parser.parse("{\"submissionId\": \"" + ID + "\", \"answers\": [{\"item\": \"a\", \"value\": 1}, {\"item\": \"b\", \"value\": true, \"comment\": \"\"}]}").contentHash();
        String d = parser.parse("{\"submissionId\": \"" + ID + "\", \"answers\": [{\"item\": \"a\", \"value\": 2}, {\"item\": \"b\", \"value\": true}]}").contentHash();
        assertEquals(a, b);
        assertNotEquals(a, d);
        assertEquals(a, c, "an empty comment is no comment");
    }

    @Test
    void malformedAnswersAreKeptAsShapeErrorsWithTheirItem() {
        ParsedSubmission s = parser.parse("""
                {"submissionId": "%s", "answers": [{"item": "a", "value": [1]}, {"item": "b", "value": 1, "na": true}, 7, {"item": "c", "value": 1}]}
                """.formatted(ID));
        assertEquals(List.of(ProblemError.item("/answers/0/value", "a", "must be true, false, a number or a text"),
                ProblemError.item("/answers/1/value", "b", "must be left out when na is true"),
                ProblemError.at("/answers/2", "must be an object with item and value (or na)")), s.shapeErrors());
        assertEquals(Set.of("a", "b"), s.malformedItems());
        assertEquals(List.of(3), s.indexes());
    }

    @Test
    void badEnvelopeIsRefusedAtOnce() {
        assertEquals(400, assertThrows(ApiException.class, () -> parser.parse("{")).problem().status());
        assertEquals(400, assertThrows(ApiException.class, () -> parser.parse("")).problem().status());
        assertEquals(422, assertThrows(ApiException.class, () -> parser.parse("[]")).problem().status());
        ApiException e = assertThrows(ApiException.class, () -> parser.parse("{\"submissionId\": \"not-a-uuid\", \"answers\": {}}"));
        assertEquals(List.of("/submissionId", "/answers"), e.problem().errors().stream().map(ProblemError::pointer).toList());
    }
}
