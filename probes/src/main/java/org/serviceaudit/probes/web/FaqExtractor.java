package org.serviceaudit.probes.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the question/answer pairs of a page, whichever way it marks them up: schema.org
 * {@code FAQPage} JSON-LD and microdata, {@code <details>/<summary>}, {@code <dl>/<dt>/<dd>},
 * headings that are questions followed by their answer, and the usual accordion markup
 * (ARIA {@code aria-controls}, Bootstrap's and other frameworks' class names). A question
 * found in several ways counts once.
 *
 * <p>Only what a visitor can read counts: a JSON-LD question that does not appear in the
 * page's text is reported in {@link Extraction#jsonLdNotOnPage}, not counted as a pair.
 */
public final class FaqExtractor {

    public enum Source {
        MICRODATA, DETAILS, DEFINITION_LIST, ACCORDION, HEADING, JSON_LD;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param onlyLink the answer is nothing but a link ("Read more", a URL): no answer on the page
     */
    public record Pair(String question, String answer, Source source, boolean onlyLink) {
        public boolean empty() {
            return answer.isBlank();
        }
    }

    /**
     * @param jsonLdQuestions questions of the page's FAQPage JSON-LD, if it has one
     * @param jsonLdNotOnPage those of them that a visitor cannot find in the page's text
     * @param notes           JSON-LD blocks that could not be read, and the like
     */
    public record Extraction(List<Pair> pairs, List<String> jsonLdQuestions, List<String> jsonLdNotOnPage, List<String> notes) {
    }

    private static final Pattern QUESTION_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(question|faq[-_]?(q|question|title|header|toggle)|accordion[-_]?(header|button|title|toggle|trigger|heading)"
                    + "|toggle[-_]?title|collapsible[-_]?header|panel[-_]?title)([-_\\s]|$)");
    private static final Pattern ANSWER_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(answer|faq[-_]?(a|answer|content|body)|accordion[-_]?(body|content|panel|collapse)|collapse|panel[-_]?body"
                    + "|toggle[-_]?content|collapsible[-_]?(body|content))([-_\\s]|$)");
    private static final Pattern QUESTION_END = Pattern.compile(".*[?？]\\s*$", Pattern.DOTALL);

    private FaqExtractor() {
    }

    public static Extraction extract(Document page) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        microdata(page, pairs);
        details(page, pairs);
        definitionLists(page, pairs);
        accordions(page, pairs);
        headings(page, pairs);
        String visible = normalise(page.body() == null ? "" : page.body().text());
        List<String> jsonLd = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Pair pair : jsonLd(page, notes)) {
            jsonLd.add(pair.question());
            if (visible.contains(normalise(pair.question()))) {
                pairs.putIfAbsent(key(pair.question()), pair);
            } else {
                missing.add(pair.question());
            }
        }
        return new Extraction(List.copyOf(pairs.values()), jsonLd, missing, notes);
    }

    private static void add(Map<String, Pair> pairs, String question, Element answer, Source source) {
        String q = question.strip();
        if (q.isEmpty() || q.length() > 500) {
            return;
        }
        pairs.putIfAbsent(key(q), pair(q, answer == null ? "" : answer.text(), answer, source));
    }

    private static Pair pair(String question, String answer, Element answerElement, Source source) {
        String own = answer;
        if (answerElement != null) {
            for (Element a : answerElement.select("a")) {
                own = own.replace(a.text(), " ");
            }
        }
        String rest = own.replaceAll("[\\p{Punct}\\s→»›…]+", " ").strip().toLowerCase(Locale.ROOT);
        boolean onlyLink = !answer.isBlank() && (rest.isEmpty() || WebsiteWords.shipped().moreLinks.contains(rest)
                || rest.matches("(https?|www)\\S*( \\S+)?"));
        return new Pair(question, answer.strip(), source, onlyLink);
    }

    private static void microdata(Document page, Map<String, Pair> pairs) {
        for (Element q : page.select("[itemtype~=(?i)schema.org/Question]")) {
            Element name = q.selectFirst("[itemprop=name]");
            Element accepted = q.selectFirst("[itemprop=acceptedAnswer]");
            Element text = accepted == null ? null : accepted.selectFirst("[itemprop=text]");
            if (name != null) {
                add(pairs, name.text(), text != null ? text : accepted, Source.MICRODATA);
            }
        }
    }

    private static void details(Document page, Map<String, Pair> pairs) {
        for (Element details : page.select("details")) {
            Element summary = details.selectFirst("> summary");
            if (summary != null) {
                Element answer = details.clone();
                answer.select("> summary").remove();
                add(pairs, summary.text(), answer, Source.DETAILS);
            }
        }
    }

    private static void definitionLists(Document page, Map<String, Pair> pairs) {
        for (Element dt : page.select("dl > dt")) {
            Element answer = new Element("div");
            for (Element next = dt.nextElementSibling(); next != null && next.tagName().equals("dd"); next = next.nextElementSibling()) {
                answer.appendChild(next.clone());
            }
            add(pairs, dt.text(), answer, Source.DEFINITION_LIST);
        }
    }

    private static void accordions(Document page, Map<String, Pair> pairs) {
        for (Element control : page.select("[aria-controls]")) {
            Element target = page.getElementById(control.attr("aria-controls"));
            if (target != null && asks(control)) {
                add(pairs, control.text(), target, Source.ACCORDION);
            }
        }
        for (Element question : page.getAllElements()) {
            if (!QUESTION_CLASS.matcher(question.className()).find() || !asks(question)
                    || question.selectFirst("[aria-controls]") != null) {
                continue;
            }
            Element answer = question.nextElementSibling();
            if (answer == null || !ANSWER_CLASS.matcher(answer.className()).find()) {
                Element wrapper = question.parent();
                answer = wrapper == null ? null : wrapper.nextElementSibling();
                if (answer == null || !ANSWER_CLASS.matcher(answer.className()).find()) {
                    continue;
                }
            }
            add(pairs, question.text(), answer, Source.ACCORDION);
        }
    }

    /**
     * Whether an accordion's button reads as a question rather than a menu toggle: it ends
     * with a question mark, or is a phrase of three words or more, and is not part of the
     * site's navigation.
     */
    private static boolean asks(Element control) {
        String text = control.text().strip();
        if (text.isEmpty() || control.closest("nav, header, footer, [role=navigation]") != null) {
            return false;
        }
        return QUESTION_END.matcher(text).matches() || text.split("\\s+").length >= 3;
    }

    /** A heading that asks, and everything after it up to the next heading. */
    private static void headings(Document page, Map<String, Pair> pairs) {
        for (Element heading : page.select("h2, h3, h4, h5, h6")) {
            if (!QUESTION_END.matcher(heading.text()).matches()) {
                continue;
            }
            Element answer = new Element("div");
            for (Element next = heading.nextElementSibling(); next != null && !next.tagName().matches("h[1-6]")
                    && next.selectFirst("h1, h2, h3, h4, h5, h6") == null; next = next.nextElementSibling()) {
                answer.appendChild(next.clone());
            }
            add(pairs, heading.text(), answer, Source.HEADING);
        }
    }

    private static List<Pair> jsonLd(Document page, List<String> notes) {
        List<Pair> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try (JsonReader reader = Json.createReader(new StringReader(script.data()))) {
                collect(reader.readValue(), out, false);
            } catch (RuntimeException e) {
                notes.add("a JSON-LD block could not be read: " + e.getMessage());
            }
        }
        return out;
    }

    /** Walks JSON-LD (objects, arrays, @graph) for the questions of an FAQPage. */
    private static void collect(JsonValue value, List<Pair> out, boolean inFaqPage) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, out, inFaqPage));
        } else if (value instanceof JsonObject object) {
            boolean faqPage = inFaqPage || hasType(object, "FAQPage");
            if (faqPage && hasType(object, "Question") && object.get("name") instanceof JsonString name) {
                String answer = "";
                JsonValue accepted = object.get("acceptedAnswer");
                if (accepted instanceof JsonArray many && !many.isEmpty()) {
                    accepted = many.get(0);
                }
                if (accepted instanceof JsonObject a && a.get("text") instanceof JsonString text) {
                    answer = text.getString();
                }
                Element html = Jsoup.parseBodyFragment(answer).body();
                out.add(pair(Jsoup.parse(name.getString()).text(), html.text(), html, Source.JSON_LD));
                return;
            }
            object.forEach((key, v) -> {
                if (key.equals("mainEntity") || key.equals("@graph") || key.equals("hasPart") || v instanceof JsonArray) {
                    collect(v, out, faqPage);
                }
            });
        }
    }

    private static boolean hasType(JsonObject object, String type) {
        JsonValue t = object.get("@type");
        if (t instanceof JsonString s) {
            return s.getString().equals(type) || s.getString().endsWith("/" + type);
        }
        return t instanceof JsonArray array && array.stream().anyMatch(v -> v instanceof JsonString s
                && (s.getString().equals(type) || s.getString().endsWith("/" + type)));
    }

    private static String key(String question) {
        return normalise(question).replaceAll("[\\p{Punct}？]+$", "").strip();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
