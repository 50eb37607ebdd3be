package org.serviceaudit.probes.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.serviceaudit.probes.email.Check;

import java.util.Collection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a website probe run found: the measures with their evidence, the checks and a 0..1
 * score. When the home page could not be had, {@code reachable} is false, {@code failure}
 * says why, every check fails and the score is 0.
 *
 * @param visited every page fetched
 */
public record WebsiteResult(String url, boolean reachable, Optional<Failure> failure, Optional<PageInfo> home, Optional<Faq> faq,
                            List<Topics.Coverage> topics, ContactDetector.Contact contact, Optional<String> contactPage,
                            ChatDetector.Chat chat, Map<String, Check> checks, double score, List<String> visited, List<String> notes) {

    /** @param kind one of {@link WebFetcher.Failure}'s codes: unknown-host, timeout, http-status, … */
    public record Failure(String kind, String message) {
    }

    /** @param millis from the first request to the parsed page, redirects included */
    public record PageInfo(String url, String finalUrl, int status, long millis, int bytes, boolean truncated, List<String> redirects) {
        static PageInfo of(WebFetcher.Page page) {
            return new PageInfo(page.url(), page.finalUrl(), page.status(), page.millis(), page.bytes(), page.truncated(), page.redirects());
        }
    }

    /**
     * @param path      the pages clicked through, home first
     * @param sources   how many pairs each markup gave
     * @param lix       mean LIX of the non-empty answers (-1 without any)
     * @param jsonLdNotOnPage questions of the page's JSON-LD that its visible text lacks
     */
    public record Faq(String url, int clicks, List<String> path, List<FaqExtractor.Pair> pairs, Map<String, Integer> sources,
                      int emptyAnswers, int onlyLinkAnswers, double meanAnswerWords, int medianAnswerWords, double lix,
                      boolean cyrillic, List<String> jsonLdQuestions, List<String> jsonLdNotOnPage) {

        static Faq of(String url, int clicks, List<String> path, FaqExtractor.Extraction extraction) {
            List<FaqExtractor.Pair> pairs = extraction.pairs();
            Map<String, Integer> sources = new LinkedHashMap<>();
            pairs.forEach(p -> sources.merge(p.source().code(), 1, Integer::sum));
            List<FaqExtractor.Pair> answered = pairs.stream().filter(p -> !p.empty() && !p.onlyLink()).toList();
            List<Integer> words = answered.stream().map(p -> Readability.words(p.answer())).sorted().toList();
            double lix = answered.stream().mapToDouble(p -> Readability.lix(p.answer())).filter(l -> l >= 0).average().orElse(-1);
            return new Faq(url, clicks, path, pairs, sources, (int) pairs.stream().filter(FaqExtractor.Pair::empty).count(),
                    (int) pairs.stream().filter(FaqExtractor.Pair::onlyLink).count(),
                    words.isEmpty() ? 0 : Math.round(words.stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0,
                    words.isEmpty() ? 0 : words.get(words.size() / 2), Math.round(lix * 10) / 10.0,
                    Readability.mostlyCyrillic(answered.stream().map(FaqExtractor.Pair::answer).reduce("", String::concat)),
                    extraction.jsonLdQuestions(), extraction.jsonLdNotOnPage());
        }
    }

    static WebsiteResult unreachable(String url, WebFetcher.FetchException e, WebsiteProbe.Settings settings) {
        Map<String, Check> checks = new LinkedHashMap<>();
        String why = "the site could not be reached: " + e.getMessage();
        WebsiteProbe.WEIGHTS.keySet().stream().sorted().forEach(name -> checks.put(name, new Check(false, why)));
        List<Topics.Coverage> topics = settings.topics().topics().stream()
                .map(t -> new Topics.Coverage(t.name(), Optional.empty(), Optional.empty())).toList();
        return new WebsiteResult(url, false, Optional.of(new Failure(e.failure().code(), e.getMessage())), Optional.empty(),
                Optional.empty(), topics, new ContactDetector.Contact(false, false, false, List.of()), Optional.empty(),
                new ChatDetector.Chat(List.of(), List.of(), Map.of()), checks, 0.0, List.of(), List.of());
    }

    /**
     * The result as JSON, the contract of {@code probe website}: {@code url}, {@code reachable},
     * {@code failure} ({@code {kind, message}} or null), {@code home}, {@code faq} (null, or
     * {@code {url, clicks, path, pairs: [{question, answer, source, empty, onlyLink}], …}}),
     * {@code topics} (name → bool), {@code topicEvidence}, {@code contact} ({@code phone},
     * {@code email}, {@code address}, {@code evidence}), {@code chat} ({@code vendors},
     * {@code messengers}, {@code evidence}), {@code checks} (name → {@code {pass, evidence}}),
     * {@code failedChecks}, {@code score}, {@code visited}, {@code notes}.
     */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("url", url).add("reachable", reachable);
        failure.ifPresentOrElse(f -> json.add("failure", Json.createObjectBuilder().add("kind", f.kind()).add("message", f.message())),
                () -> json.addNull("failure"));
        home.ifPresentOrElse(h -> json.add("home", Json.createObjectBuilder().add("url", h.finalUrl()).add("status", h.status())
                .add("millis", h.millis()).add("bytes", h.bytes()).add("truncated", h.truncated()).add("redirects", strings(h.redirects()))),
                () -> json.addNull("home"));
        faq.ifPresentOrElse(f -> {
            JsonArrayBuilder pairs = Json.createArrayBuilder();
            f.pairs().forEach(p -> pairs.add(Json.createObjectBuilder().add("question", p.question()).add("answer", p.answer())
                    .add("source", p.source().code()).add("empty", p.empty()).add("onlyLink", p.onlyLink())));
            JsonObjectBuilder sources = Json.createObjectBuilder();
            f.sources().forEach(sources::add);
            json.add("faq", Json.createObjectBuilder().add("url", f.url()).add("clicks", f.clicks()).add("path", strings(f.path()))
                    .add("pairs", pairs).add("pairCount", f.pairs().size()).add("sources", sources).add("emptyAnswers", f.emptyAnswers())
                    .add("onlyLinkAnswers", f.onlyLinkAnswers()).add("meanAnswerWords", f.meanAnswerWords())
                    .add("medianAnswerWords", f.medianAnswerWords()).add("lix", f.lix()).add("cyrillic", f.cyrillic())
                    .add("jsonLdQuestions", strings(f.jsonLdQuestions())).add("jsonLdNotOnPage", strings(f.jsonLdNotOnPage())));
        }, () -> json.addNull("faq"));
        JsonObjectBuilder covered = Json.createObjectBuilder();
        JsonObjectBuilder coveredBy = Json.createObjectBuilder();
        topics.forEach(t -> {
            covered.add(t.topic(), t.covered());
            t.question().ifPresent(q -> coveredBy.add(t.topic(), Json.createObjectBuilder().add("question", q)
                    .add("phrase", t.phrase().orElse(""))));
        });
        json.add("topics", covered).add("topicEvidence", coveredBy);
        json.add("contact", Json.createObjectBuilder().add("phone", contact.phone()).add("email", contact.email())
                .add("address", contact.address()).add("evidence", strings(contact.evidence()))
                .add("page", contactPage.map(Json::createValue).map(v -> (jakarta.json.JsonValue) v).orElse(jakarta.json.JsonValue.NULL)));
        JsonObjectBuilder chatEvidence = Json.createObjectBuilder();
        chat.evidence().forEach(chatEvidence::add);
        json.add("chat", Json.createObjectBuilder().add("vendors", strings(chat.vendors())).add("messengers", strings(chat.messengers()))
                .add("evidence", chatEvidence));
        JsonObjectBuilder checkJson = Json.createObjectBuilder();
        checks.forEach((name, c) -> checkJson.add(name, Json.createObjectBuilder().add("pass", c.pass()).add("evidence", c.evidence())));
        json.add("checks", checkJson).add("failedChecks", strings(checks.entrySet().stream().filter(e -> !e.getValue().pass())
                .map(Map.Entry::getKey).toList()));
        return json.add("score", score).add("visited", strings(visited)).add("notes", strings(notes)).build();
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
