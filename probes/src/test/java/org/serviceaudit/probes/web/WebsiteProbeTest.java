package org.serviceaudit.probes.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serviceaudit.probes.email.Check;
import org.serviceaudit.probes.net.AddressPolicy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The website probe against the fixture sites ({@link FixtureSites}, on loopback): each FAQ
 * markup in each language, an FAQ two clicks deep, none at all, JSON-LD that disagrees with
 * the page, empty answers, broken HTML, and sites that misbehave — each with its exact result.
 */
class WebsiteProbeTest {

    private static FixtureSites sites;
    private static WebsiteProbe probe;

    @BeforeAll
    static void start() throws IOException {
        sites = new FixtureSites();
        // Loopback is allowed for the fixtures; other private addresses stay refused.
        probe = new WebsiteProbe(new WebFetcher(AddressPolicy.PUBLIC_AND_LOOPBACK,
                new WebFetcher.Limits(Duration.ofSeconds(2), 5 * 1024 * 1024, 5), Clock.systemUTC()), WebsiteProbe.Settings.DEFAULT);
    }

    @AfterAll
    static void stop() throws IOException {
        sites.close();
    }

    private static WebsiteResult run(String path) {
        return probe.run(sites.url(path));
    }

    private static Map<String, Boolean> topics(WebsiteResult r) {
        Map<String, Boolean> topics = new LinkedHashMap<>();
        r.topics().forEach(t -> topics.put(t.topic(), t.covered()));
        return topics;
    }

    private static Set<String> failed(WebsiteResult r) {
        return r.checks().entrySet().stream().filter(e -> !e.getValue().pass()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static List<String> questions(WebsiteResult r) {
        return r.faq().orElseThrow().pairs().stream().map(FaqExtractor.Pair::question).toList();
    }

    @Test
    void englishJsonLdFaqOneClickFromTheHomePage() {
        WebsiteResult r = run("/en-jsonld/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/en-jsonld/help/faq.html"), faq.url());
        assertEquals(1, faq.clicks());
        assertEquals(List.of(sites.url("/en-jsonld/"), sites.url("/en-jsonld/help/faq.html")), faq.path());
        assertEquals(5, faq.pairs().size());
        assertEquals(Map.of("json-ld", 5), faq.sources());
        assertEquals("A company buys with its registration certificate. A private person needs nothing but a card.",
                faq.pairs().get(0).answer(), "the answer's HTML is read as text");
        assertEquals(List.of(), faq.jsonLdNotOnPage());
        assertEquals(Map.of("documents", true, "premium", true, "bulk", true, "activation", true), topics(r));
        assertTrue(r.contact().phone());
        assertFalse(r.contact().email());
        assertEquals(List.of("intercom"), r.chat().vendors());
        assertEquals(sites.url("/en-jsonld/contact.html"), r.contactPage().orElseThrow());
        assertEquals(Set.of(), failed(r));
        assertEquals(1.0, r.score());
    }

    @Test
    void russianDetailsFaq() {
        WebsiteResult r = run("/ru-details/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/ru-details/voprosy/"), faq.url());
        assertEquals(6, faq.pairs().size());
        assertEquals(Map.of("details", 6), faq.sources());
        assertEquals("Есть ли скидки при покупке оптом?", questions(r).get(2));
        assertTrue(faq.cyrillic());
        assertEquals(Map.of("documents", true, "premium", true, "bulk", true, "activation", true), topics(r));
        assertTrue(r.contact().phone(), r.contact()::toString);
        assertEquals(List.of("jivo"), r.chat().vendors());
        assertEquals(Set.of(), failed(r));
        assertEquals(1.0, r.score());
    }

    @Test
    void ukrainianDefinitionListFaqWithMessengersOnly() {
        WebsiteResult r = run("/uk-dl/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/uk-dl/pytannia.html"), faq.url());
        assertEquals(List.of("Які документи потрібні для купівлі?", "Чим преміум відрізняється від стандарту?",
                "Чи є знижки на гуртові замовлення?", "Як оплатити?"), questions(r));
        assertEquals(Map.of("documents", true, "premium", true, "bulk", true, "activation", false), topics(r));
        assertTrue(r.contact().email());
        assertEquals(List.of(), r.chat().vendors());
        assertEquals(List.of("telegram", "viber"), r.chat().messengers());
        assertEquals(Set.of("faq_detailed", "answers_clear", "topics_covered"), failed(r), r.checks()::toString);
        assertEquals(0.2 + 0.1 + 0.1 + 0.2 * 3 / 4 + 0.1 + 0.1, r.score(), 1e-9);
    }

    @Test
    void swedishQuestionHeadingsAndAChatOnTheContactPage() {
        WebsiteResult r = run("/sv-headings/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/sv-headings/vanliga-fragor/"), faq.url());
        assertEquals(Map.of("heading", 5), faq.sources());
        assertEquals("Premium har telefonsupport och uppdateringar i tre år.", faq.pairs().get(1).answer());
        assertEquals(Map.of("documents", true, "premium", true, "bulk", false, "activation", true), topics(r));
        assertTrue(r.contact().phone(), "08-123 45 67 in the text");
        assertEquals(List.of("tawkto"), r.chat().vendors(), "found on the contact page");
        assertEquals(Set.of("topics_covered"), failed(r));
        assertEquals(0.95, r.score(), 1e-9);
    }

    @Test
    void englishMicrodataFaq() {
        WebsiteResult r = run("/en-microdata/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/en-microdata/questions-and-answers"), faq.url());
        assertEquals(List.of("Which documents does a company need to buy?", "How do I activate my licence", "Is there a wholesale price?"),
                questions(r));
        assertEquals(Map.of("microdata", 3), faq.sources());
        assertEquals(Map.of("documents", true, "premium", false, "bulk", true, "activation", true), topics(r));
        assertEquals(List.of("crisp"), r.chat().vendors());
        assertEquals(Set.of("faq_detailed", "topics_covered"), failed(r));
        assertEquals(0.85, r.score(), 1e-9);
    }

    @Test
    void russianAccordionsBehindAHelpLinkAndNotTheMenuToggle() {
        WebsiteResult r = run("/ru-accordion/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/ru-accordion/help/"), faq.url());
        assertEquals(List.of("Какие документы нужны юридическому лицу?", "Как активировать лицензию?",
                "Бывают ли скидки на крупные партии?", "В чем разница между тарифами Стандарт и Премиум?"), questions(r));
        assertEquals(Map.of("accordion", 4), faq.sources());
        assertEquals(Map.of("documents", true, "premium", true, "bulk", true, "activation", true), topics(r));
        assertTrue(r.contact().email());
        assertEquals(List.of("zendesk"), r.chat().vendors());
        assertEquals(Set.of("faq_detailed"), failed(r));
        assertEquals(0.9, r.score(), 1e-9);
    }

    @Test
    void aSiteWithoutFaqFailsEveryCheck() {
        WebsiteResult r = run("/plain-shop/");
        assertTrue(r.reachable());
        assertTrue(r.faq().isEmpty());
        assertEquals(List.of(sites.url("/plain-shop/")), r.visited(), "links that name no FAQ or help are not followed");
        assertEquals(WebsiteProbe.WEIGHTS.keySet(), failed(r));
        assertEquals(0.0, r.score());
    }

    @Test
    void anFaqTwoClicksDeepIsFoundAndStillEasyToFind() {
        WebsiteResult r = run("/deep/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(2, faq.clicks());
        assertEquals(List.of(sites.url("/deep/"), sites.url("/deep/support/"), sites.url("/deep/support/faq/")), faq.path());
        assertEquals(3, faq.pairs().size());
        assertTrue(r.checks().get("faq_findable").pass());
        assertEquals("2 clicks from the home page (at most 2)", r.checks().get("faq_findable").evidence());
    }

    @Test
    void jsonLdQuestionsMissingFromThePageAreReportedNotCounted() {
        WebsiteResult r = run("/jsonld-mismatch/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(0, faq.clicks(), "the home page is the FAQ");
        assertEquals(List.of("How do I activate the product?", "Can I pay by card?"), questions(r));
        assertEquals(List.of("How do I activate the product?", "Do you ship abroad?", "Is there a student discount?"), faq.jsonLdQuestions());
        assertEquals(List.of("Do you ship abroad?", "Is there a student discount?"), faq.jsonLdNotOnPage());
    }

    @Test
    void emptyAnswersAndAnswersThatAreOnlyALinkAreCounted() {
        WebsiteResult r = run("/empty-answers/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(4, faq.pairs().size());
        assertEquals(1, faq.emptyAnswers());
        assertEquals(2, faq.onlyLinkAnswers());
        assertEquals(List.of(true, false, false, false), faq.pairs().stream().map(FaqExtractor.Pair::empty).toList());
        assertEquals(List.of(false, true, true, false), faq.pairs().stream().map(FaqExtractor.Pair::onlyLink).toList());
        Check complete = r.checks().get("answers_complete");
        assertFalse(complete.pass());
        assertEquals("1 empty answers, 2 answers that are only a link", complete.evidence());
    }

    @Test
    void malformedHtmlIsReadAsABrowserWould() {
        WebsiteResult r = run("/broken/");
        WebsiteResult.Faq faq = r.faq().orElseThrow();
        assertEquals(sites.url("/broken/faq.html"), faq.url());
        // The unclosed <summary> swallows the answer, as it does in a browser.
        assertEquals(List.of("How do I activate it?Type the key.", "Which documents do I need?"), questions(r));
        assertEquals("None at all", faq.pairs().get(1).answer());
        assertEquals(1, faq.emptyAnswers());
    }

    @Test
    void aFiftyMegabytePageIsReadUpToTheLimitAndSaysSo() {
        WebsiteResult r = run("/huge/");
        WebsiteResult.PageInfo home = r.home().orElseThrow();
        assertTrue(home.truncated());
        assertEquals(5 * 1024 * 1024, home.bytes());
        assertTrue(r.notes().get(0).startsWith("the home page is longer than the size limit"), r.notes()::toString);
        assertEquals(sites.url("/en-jsonld/help/faq.html"), r.faq().orElseThrow().url(), "the link before the cut is followed");
    }

    @Test
    void unreachableSitesAreResultsWithTheReasonAndScoreZero() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(sites.url("/loop/a"), "redirect-loop");
        expected.put(sites.url("/to-private/"), "refused-address");
        expected.put(sites.url("/pdf/"), "not-html");
        expected.put(sites.url("/missing/"), "http-status");
        expected.put(sites.silentUrl(), "timeout");
        expected.put("http://no-such-host.invalid/", "unknown-host");
        expected.put("ftp://example.com/", "bad-address");
        expected.forEach((url, kind) -> {
            WebsiteResult r = probe.run(url);
            assertFalse(r.reachable(), url);
            assertEquals(kind, r.failure().orElseThrow().kind(), () -> url + ": " + r.failure());
            assertEquals(0.0, r.score());
            assertEquals(WebsiteProbe.WEIGHTS.keySet(), failed(r));
        });
        WebsiteResult toPrivate = probe.run(sites.url("/to-private/"));
        assertTrue(toPrivate.failure().orElseThrow().message().contains("10.20.30.40"), toPrivate.failure()::toString);
        assertEquals("http://127.0.0.1:" + sites.url("/").split(":")[2].replace("/", "") + "/pdf/ is application/pdf, not an HTML page",
                probe.run(sites.url("/pdf/")).failure().orElseThrow().message());
    }

    @Test
    void theScoreWeightsAddUpToOne() {
        assertEquals(1.0, WebsiteProbe.WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }
}
