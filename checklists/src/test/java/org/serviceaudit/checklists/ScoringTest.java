package org.serviceaudit.checklists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    /**
     * s1 (weight 1): a yes/no (w1), b scale (w2), c count <= 3 (w1)
     * s2 (weight 1): d duration <= 40 s, critical; e choice x=2 / y=1 / z=0, N/A allowed
     * s3 (weight 2): f yes/no, N/A allowed; g text
     */
    static Template fixture(double criticalCap) throws TemplateException {
        return new TemplateReader().read("fixture", """
                {"id": "t", "version": 1, "title": {"en": "T"}, "criticalCap": %s,
                 "sections": [
                  {"id": "s1", "title": {"en": "S1"}, "items": [
                    {"id": "a", "kind": "yes_no", "text": {"en": "A"}, "standard": {"en": "s"}},
                    {"id": "b", "kind": "scale", "weight": 2, "text": {"en": "B"}, "standard": {"en": "s"},
                     "points": {"1": {"en": "1"}, "2": {"en": "2"}, "3": {"en": "3"}, "4": {"en": "4"}, "5": {"en": "5"}}},
                    {"id": "c", "kind": "count", "passAtMost": 3, "text": {"en": "C"}, "standard": {"en": "s"}}]},
                  {"id": "s2", "title": {"en": "S2"}, "items": [
                    {"id": "d", "kind": "duration", "passAtMostSeconds": 40, "critical": true, "text": {"en": "D"}, "standard": {"en": "s"}},
                    {"id": "e", "kind": "choice", "naAllowed": true, "text": {"en": "E"}, "standard": {"en": "s"}, "options": [
                      {"id": "x", "points": 2, "label": {"en": "X"}}, {"id": "y", "points": 1, "label": {"en": "Y"}},
                      {"id": "z", "points": 0, "label": {"en": "Z"}}]}]},
                  {"id": "s3", "title": {"en": "S3"}, "weight": 2, "items": [
                    {"id": "f", "kind": "yes_no", "naAllowed": true, "text": {"en": "F"}, "standard": {"en": "s"}},
                    {"id": "g", "kind": "text", "text": {"en": "G"}}]}
                 ]}
                """.formatted(criticalCap));
    }

    static Response yes(boolean v) {
        return new Response.Flag(v);
    }

    static Response num(String v) {
        return new Response.Number(new BigDecimal(v));
    }

    static Response text(String v) {
        return new Response.Text(v);
    }

    static List<Answer> answers(Object... idAndResponse) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < idAndResponse.length; i += 2) {
            answers.add(Answer.of((String) idAndResponse[i], (Response) idAndResponse[i + 1]));
        }
        return answers;
    }

    private final Scoring scoring = new Scoring();

    private static Map<String, Double> sections(AuditScore score) {
        return score.sections().stream().filter(s -> s.score() != null)
                .collect(Collectors.toMap(SectionScore::sectionId, SectionScore::score));
    }

    @Test
    void everythingPassedIsOne() throws TemplateException {
        AuditScore s = scoring.score(fixture(0), answers("a", yes(true), "b", num("5"), "c", num("3"), "d", num("40"),
                "e", text("x"), "f", yes(true), "g", text("fine")));
        assertEquals(1.0, s.score());
        assertEquals(Band.SECURE, s.band());
        assertEquals(Map.of("s1", 1.0, "s2", 1.0, "s3", 1.0), sections(s));
        assertTrue(s.failedItems().isEmpty());
        assertEquals(ItemResult.Status.EVIDENCE, s.items().get(6).status());
        assertNull(s.items().get(6).score());
    }

    @Test
    void weightsOfItemsAndSections() throws TemplateException {
        // s1 = (0*1 + 0.75*2 + 0*1) / 4 = 0.375; s2 = (1 + 0.5) / 2 = 0.75; s3 = 1
        // audit = (0.375*1 + 0.75*1 + 1*2) / 4 = 0.78125 -> 0.7813 (rounded to 4 decimals)
        AuditScore s = scoring.score(fixture(0), answers("a", yes(false), "b", num("4"), "c", num("4"), "d", num("10"),
                "e", text("y"), "f", yes(true)));
        assertEquals(Map.of("s1", 0.375, "s2", 0.75, "s3", 1.0), sections(s));
        assertEquals(0.7813, s.score());
        assertEquals(Band.VULNERABLE, s.band());
        assertEquals(List.of("a", "c", "e"), s.failedItems().stream().map(ItemResult::itemId).toList());
        assertFalse(s.criticalFailure());
    }

    @Test
    void notApplicableLeavesTheDenominator() throws TemplateException {
        // s2 = d only = 1; s3 all N/A -> no score, leaves the audit; audit = (0.5 + 1) / 2 = 0.75
        AuditScore s = scoring.score(fixture(0), answers("a", yes(true), "b", num("1"), "c", num("0"), "d", num("12.5"),
                "e", Response.NotApplicable.INSTANCE, "f", Response.NotApplicable.INSTANCE));
        assertEquals(Map.of("s1", 0.5, "s2", 1.0), sections(s));
        assertNull(s.sections().get(2).score());
        assertEquals(0.75, s.score());
        assertEquals(ItemResult.Status.NOT_APPLICABLE, s.items().get(4).status());
    }

    @Test
    void failedCriticalItemCapsSectionAndAuditAtZeroByDefault() throws TemplateException {
        AuditScore s = scoring.score(fixture(0), answers("a", yes(true), "b", num("5"), "c", num("1"), "d", num("40.5"),
                "e", text("x"), "f", yes(true)));
        assertTrue(s.criticalFailure());
        assertEquals(0.0, s.sections().get(1).score());
        assertTrue(s.sections().get(1).capped());
        assertEquals(1.0, s.sections().get(0).score());
        assertEquals(0.0, s.score());
        assertEquals(Band.AT_RISK, s.band());
    }

    @Test
    void criticalCapIsConfigurablePerTemplate() throws TemplateException {
        // s2 = (0 + 1) / 2 = 0.5 (already at the cap); audit = (1 + 0.5 + 2) / 4 = 0.875, capped at 0.6
        AuditScore s = scoring.score(fixture(0.6), answers("a", yes(true), "b", num("5"), "c", num("1"), "d", num("41"),
                "e", text("x"), "f", yes(true)));
        assertEquals(0.5, s.sections().get(1).score());
        assertEquals(0.6, s.score());
        assertEquals(Band.AT_RISK, s.band());
    }

    @Test
    void missingRequiredAnswerCountsAsFailedWithZero() throws TemplateException {
        // c and e (both required) left out: s1 = (1 + 1*2 + 0) / 4 = 0.75; s2 = (1 + 0) / 2 = 0.5; s3 = 1
        // audit = (0.75 + 0.5 + 1*2) / 4 = 0.8125
        AuditScore s = scoring.score(fixture(0), answers("a", yes(true), "b", num("5"), "d", num("1"), "f", yes(true)));
        assertEquals(List.of("c", "e"), s.missingRequired());
        assertEquals(0.8125, s.score());
        assertEquals(Band.FAVOURABLE, s.band());
        assertEquals(List.of("c", "e"), s.failedItems().stream().map(ItemResult::itemId).toList());
    }

    @Test
    void invalidResponseIsTreatedAsMissing() throws TemplateException {
        AuditScore s = scoring.score(fixture(0), answers("a", yes(true), "b", num("9"), "c", text("three"), "d", num("1"),
                "e", text("x"), "f", yes(true)));
        assertEquals(List.of("b", "c"), s.missingRequired());
    }

    @Test
    void nothingToScoreHasNoScoreAndNoBand() throws TemplateException {
        Template t = new TemplateReader().read("na", TemplateReaderTest.minimal(
                "{\"id\": \"a\", \"kind\": \"yes_no\", \"naAllowed\": true, \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}}"));
        AuditScore s = scoring.score(t, answers("a", Response.NotApplicable.INSTANCE));
        assertNull(s.score());
        assertNull(s.band());
    }

    /** Ten equal yes/no items: k yes answers give exactly k/10, landing on the band edges. */
    @ParameterizedTest
    @CsvSource({"10, 1.0, SECURE", "9, 0.9, SECURE", "8, 0.8, FAVOURABLE", "7, 0.7, VULNERABLE", "6, 0.6, AT_RISK", "0, 0.0, AT_RISK"})
    void bandEdgesBelongToTheBetterBand(int yes, double expected, Band band) throws TemplateException {
        String items = IntStream.range(0, 10).mapToObj(i ->
                "{\"id\": \"i" + i + "\", \"kind\": \"yes_no\", \"text\": {\"en\": \"I\"}, \"standard\": {\"en\": \"s\"}}")
                .collect(Collectors.joining(","));
        Template t = new TemplateReader().read("ten", TemplateReaderTest.minimal(items));
        List<Answer> answers = IntStream.range(0, 10).mapToObj(i -> Answer.of("i" + i, yes(i < yes))).toList();
        AuditScore s = scoring.score(t, answers);
        assertEquals(expected, s.score());
        assertEquals(band, s.band());
    }

    @Test
    void thresholdsAreConfigurable() {
        BandThresholds strict = new BandThresholds(0.95, 0.85, 0.75);
        assertEquals(Band.FAVOURABLE, strict.band(0.94));
        assertEquals(Band.SECURE, strict.band(0.95));
        assertEquals(Band.AT_RISK, strict.band(0.7499));
        assertEquals(Band.FAVOURABLE, BandThresholds.DEFAULT.band(0.8999));
        assertEquals(Band.VULNERABLE, BandThresholds.DEFAULT.band(0.7999));
        assertEquals(Band.AT_RISK, BandThresholds.DEFAULT.band(0.6999));
    }

    @Test
    void scaleScoresAndPassesAtItsThreshold() throws TemplateException {
        Template t = fixture(0);
        Rule scale = t.item("b").orElseThrow().rule();
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), IntStream.rangeClosed(1, 5).mapToObj(v -> scale.score(num("" + v))).toList());
        assertFalse(scale.passes(num("3")));
        assertTrue(scale.passes(num("4")));
    }
}
