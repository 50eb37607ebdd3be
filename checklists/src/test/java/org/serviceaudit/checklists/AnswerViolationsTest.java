package org.serviceaudit.checklists;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceaudit.checklists.ScoringTest.answers;
import static org.serviceaudit.checklists.ScoringTest.num;
import static org.serviceaudit.checklists.ScoringTest.text;
import static org.serviceaudit.checklists.ScoringTest.yes;

class AnswerViolationsTest {

    @Test
    void completeValidAnswersHaveNoViolations() throws TemplateException {
        assertEquals(List.of(), ScoringTest.fixture(0).violations(answers("a", yes(true), "b", num("3"), "c", num("0"),
                "d", num("0"), "e", Response.NotApplicable.INSTANCE, "f", yes(false))));
    }

    @Test
    void eachProblemIsReportedWithItsItem() throws TemplateException {
        List<AnswerViolation> v = ScoringTest.fixture(0).violations(answers(
                "a", num("1"),                        // wrong kind
                "b", num("6"),                        // out of range
                "c", num("-1"),                       // negative count
                "d", Response.NotApplicable.INSTANCE, // N/A not allowed
                "e", text("w"),                       // unknown option
                "zz", yes(true),                      // unknown item
                "a", yes(true),                       // twice
                "g", num("5")));                      // text expected
        assertEquals(List.of("a", "b", "c", "d", "e", "zz", "a", "g", "f"), v.stream().map(AnswerViolation::itemId).toList());
        assertTrue(v.get(0).message().contains("true or false"), v.get(0).message());
        assertTrue(v.get(1).message().contains("1 to 5"), v.get(1).message());
        assertTrue(v.get(3).message().contains("N/A is not allowed"), v.get(3).message());
        assertTrue(v.get(4).message().contains("one of x, y, z"), v.get(4).message());
        assertTrue(v.get(5).message().contains("no item with this id"), v.get(5).message());
        assertTrue(v.get(6).message().contains("more than once"), v.get(6).message());
        assertEquals("required answer missing", v.get(8).message());
        assertEquals(List.of(AnswerViolation.Kind.INVALID, AnswerViolation.Kind.INVALID, AnswerViolation.Kind.INVALID,
                AnswerViolation.Kind.INVALID, AnswerViolation.Kind.INVALID, AnswerViolation.Kind.UNKNOWN_ITEM,
                AnswerViolation.Kind.REPEATED, AnswerViolation.Kind.INVALID, AnswerViolation.Kind.MISSING),
                v.stream().map(AnswerViolation::kind).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), v.stream().limit(8).map(x -> x.answer().getAsInt()).toList());
        assertTrue(v.get(8).answer().isEmpty());
    }

    @Test
    void fractionalScaleAndOverlongTextAreRefused() throws TemplateException {
        Template t = ScoringTest.fixture(0);
        assertTrue(t.item("b").orElseThrow().check(num("4.5")).isPresent());
        assertTrue(t.item("g").orElseThrow().check(text("x".repeat(TemplateReader.DEFAULT_MAX_TEXT_LENGTH + 1))).isPresent());
        assertTrue(t.item("d").orElseThrow().check(num("86401")).isPresent());
    }
}
