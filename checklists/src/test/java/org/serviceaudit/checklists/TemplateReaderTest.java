package org.serviceaudit.checklists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateReaderTest {

    private final TemplateReader reader = new TemplateReader();

    static String minimal(String item) {
        return """
                {"id": "t", "version": 1, "title": {"en": "T"},
                 "sections": [{"id": "s", "title": {"en": "S"}, "items": [%s]}]}
                """.formatted(item);
    }

    private List<TemplateProblem> problems(String json) {
        TemplateException e = assertThrows(TemplateException.class, () -> reader.read("broken.json", json));
        assertEquals("broken.json", e.source());
        assertTrue(e.getMessage().startsWith("broken.json: "), e.getMessage());
        return e.problems();
    }

    private TemplateProblem onlyProblem(String json) {
        List<TemplateProblem> problems = problems(json);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void readsEveryKindWithDefaults() throws TemplateException {
        Template t = reader.read("ok.json", minimal("""
                {"id": "a", "kind": "yes_no", "text": {"en": "A"}, "standard": {"en": "yes"}},
                {"id": "b", "kind": "count", "passAtMost": 3, "text": {"en": "B"}, "standard": {"en": "<= 3"}, "weight": 2.5, "critical": true},
                {"id": "c", "kind": "duration", "passAtMostSeconds": 40, "text": {"en": "C"}, "standard": {"en": "<= 40 s"}, "naAllowed": true},
                {"id": "d", "kind": "choice", "text": {"en": "D"}, "standard": {"en": "x"}, "options": [
                  {"id": "x", "points": 2, "label": {"en": "X"}}, {"id": "y", "points": 1, "label": {"en": "Y"}, "pass": true},
                  {"id": "z", "points": 0, "label": {"en": "Z"}}]},
                {"id": "e", "kind": "scale", "text": {"en": "E"}, "standard": {"en": "4+"}, "dimensions": ["care", "knowledge"],
                 "points": {"1": {"en": "1"}, "2": {"en": "2"}, "3": {"en": "3"}, "4": {"en": "4"}, "5": {"en": "5"}}},
                {"id": "f", "kind": "text", "text": {"en": "F"}},
                {"id": "g", "kind": "photo", "text": {"en": "G"}}
                """));
        assertEquals(0.0, t.criticalCap());
        Item a = t.item("a").orElseThrow();
        assertEquals(1.0, a.weight());
        assertTrue(a.required() && !a.critical() && !a.naAllowed());
        Item b = t.item("b").orElseThrow();
        assertEquals(new Rule.Count(3, null, TemplateReader.DEFAULT_MAX_COUNT), b.rule());
        assertEquals(2.5, b.weight());
        assertTrue(b.critical());
        assertTrue(t.item("c").orElseThrow().naAllowed());
        Rule.Choice d = (Rule.Choice) t.item("d").orElseThrow().rule();
        assertEquals(List.of(true, true, false), d.options().stream().map(Option::passes).toList());
        Item e = t.item("e").orElseThrow();
        assertEquals(4, ((Rule.Scale) e.rule()).passAtLeast());
        assertEquals(Set.of(Dimension.CARE, Dimension.KNOWLEDGE), e.dimensions());
        Item f = t.item("f").orElseThrow();
        assertTrue(!f.required() && !f.scored());
        assertEquals(ItemKind.PHOTO, t.item("g").orElseThrow().kind());
    }

    @Test
    void measuresAreLabelsThatDoNotChangeScoring() throws TemplateException {
        String plain = minimal("{\"id\": \"a\", \"kind\": \"count\", \"passAtMost\": 3, \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}}");
        Template measured = reader.read("measured", plain.replace("\"passAtMost\"", "\"measure\": \"rings\", \"passAtMost\""));
        Template unmeasured = reader.read("plain", plain);
        assertEquals(Measure.RINGS, measured.item("a").orElseThrow().measure());
        assertNotEquals(unmeasured, measured);
        assertTrue(unmeasured.scoresLike(measured));
        assertFalse(unmeasured.scoresLike(reader.read("stricter", plain.replace("3,", "2,"))));
    }

    @Test
    void sameContentReadsAsEqualTemplates() throws TemplateException {
        String json = minimal("{\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"yes\"}}");
        assertEquals(reader.read("one", json), reader.read("two", json.replace("\n", " ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind        | {\"id\": \"a\", \"kind\": \"counter\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].kind | unknown kind 'counter'",
            "missing text        | {\"id\": \"a\", \"kind\": \"yes_no\", \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].text | missing",
            "missing standard    | {\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"en\": \"A\"}} | $.sections[0].items[0].standard | missing",
            "misspelt field      | {\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"wieght\": 2} | $.sections[0].items[0].wieght | unknown field",
            "zero weight         | {\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"weight\": 0} | $.sections[0].items[0].weight | greater than 0",
            "bad id              | {\"id\": \"A b\", \"kind\": \"yes_no\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].id | not a valid id",
            "unknown language    | {\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"de\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].text.de | unknown language",
            "blank text          | {\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"en\": \"  \"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].text.en | non-empty string",
            "unknown dimension   | {\"id\": \"a\", \"kind\": \"yes_no\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"dimensions\": [\"speed\"]} | $.sections[0].items[0].dimensions[0] | unknown dimension 'speed'",
            "count two bounds    | {\"id\": \"a\", \"kind\": \"count\", \"passAtMost\": 3, \"passAtLeast\": 1, \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0] | exactly one of passAtMost and passAtLeast",
            "count no bound      | {\"id\": \"a\", \"kind\": \"count\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0] | exactly one of passAtMost and passAtLeast",
            "count fraction      | {\"id\": \"a\", \"kind\": \"count\", \"passAtMost\": 2.5, \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].passAtMost | whole number",
            "duration no limit   | {\"id\": \"a\", \"kind\": \"duration\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].passAtMostSeconds | missing",
            "duration negative   | {\"id\": \"a\", \"kind\": \"duration\", \"passAtMostSeconds\": -1, \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].passAtMostSeconds | from 0 to maxSeconds",
            "scale point missing | {\"id\": \"a\", \"kind\": \"scale\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"points\": {\"1\": {\"en\": \"1\"}, \"2\": {\"en\": \"2\"}, \"3\": {\"en\": \"3\"}, \"4\": {\"en\": \"4\"}}} | $.sections[0].items[0].points.5 | missing",
            "scale point 6       | {\"id\": \"a\", \"kind\": \"scale\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"points\": {\"1\": {\"en\": \"1\"}, \"2\": {\"en\": \"2\"}, \"3\": {\"en\": \"3\"}, \"4\": {\"en\": \"4\"}, \"5\": {\"en\": \"5\"}, \"6\": {\"en\": \"6\"}}} | $.sections[0].items[0].points.6 | scale points are 1, 2, 3, 4 and 5",
            "choice one option   | {\"id\": \"a\", \"kind\": \"choice\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"options\": [{\"id\": \"x\", \"points\": 1, \"label\": {\"en\": \"X\"}}]} | $.sections[0].items[0].options | at least 2 options",
            "choice no points    | {\"id\": \"a\", \"kind\": \"choice\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"options\": [{\"id\": \"x\", \"points\": 0, \"label\": {\"en\": \"X\"}}, {\"id\": \"y\", \"points\": 0, \"label\": {\"en\": \"Y\"}}]} | $.sections[0].items[0].options | greater than 0",
            "choice same ids     | {\"id\": \"a\", \"kind\": \"choice\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}, \"options\": [{\"id\": \"x\", \"points\": 1, \"label\": {\"en\": \"X\"}}, {\"id\": \"x\", \"points\": 0, \"label\": {\"en\": \"Y\"}}]} | $.sections[0].items[1].id | ",
            "unknown measure     | {\"id\": \"a\", \"kind\": \"count\", \"passAtMost\": 3, \"measure\": \"beeps\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].measure | unknown measure 'beeps'; expected one of rings, answer-seconds",
            "measure wrong kind  | {\"id\": \"a\", \"kind\": \"count\", \"passAtMost\": 3, \"measure\": \"hold-seconds\", \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}} | $.sections[0].items[0].measure | fills a duration item, not a count item",
            "critical evidence   | {\"id\": \"a\", \"kind\": \"text\", \"text\": {\"en\": \"A\"}, \"critical\": true} | $.sections[0].items[0].critical | cannot be critical",
    })
    void reportsWhatIsWrongAndWhere(String name, String item, String path, String message) {
        if (name.equals("choice same ids")) {
            TemplateProblem p = onlyProblem(minimal(item));
            assertEquals("$.sections[0].items[0].options[1].id", p.path());
            assertTrue(p.message().contains("used twice"), p.message());
            return;
        }
        TemplateProblem p = onlyProblem(minimal(item));
        assertEquals(path, p.path(), p.toString());
        assertTrue(p.message().contains(message), p.toString());
    }

    @Test
    void reportsAllProblemsAtOnce() {
        List<TemplateProblem> problems = problems("""
                {"id": "t", "version": 0, "title": {"en": "T"}, "criticalCap": 2,
                 "sections": [
                   {"id": "s", "title": {"en": "S"}, "items": [{"id": "a", "kind": "yes_no", "text": {"en": "A"}, "standard": {"en": "s"}}]},
                   {"id": "s", "title": {"en": "S2"}, "items": [{"id": "a", "kind": "yes_no", "text": {"en": "A"}, "standard": {"en": "s"}}]}
                 ]}
                """);
        assertEquals(Set.of("$.version", "$.criticalCap", "$.sections[1].items[0].id", "$.sections[1].id"),
                problems.stream().map(TemplateProblem::path).collect(Collectors.toSet()), problems.toString());
    }

    @Test
    void emptySectionsAndNonObjects() {
        assertEquals("$.sections", onlyProblem("{\"id\": \"t\", \"version\": 1, \"title\": {\"en\": \"T\"}, \"sections\": []}").path());
        assertEquals("$", onlyProblem("[1, 2]").path());
        assertEquals("$.sections[0].items[0]", onlyProblem(minimal("42")).path());
    }

    @Test
    void invalidJsonSaysWhere() {
        assertTrue(assertThrows(TemplateException.class, () -> reader.read("broken.json", "{")).notJson());
        assertTrue(!assertThrows(TemplateException.class, () -> reader.read("broken.json", "{}")).notJson());
        TemplateProblem p = onlyProblem("{\"id\": \"t\",\n \"version\": }");
        assertTrue(p.path().contains("line 2"), p.toString());
        assertTrue(p.message().startsWith("not valid JSON"), p.toString());
    }
}
