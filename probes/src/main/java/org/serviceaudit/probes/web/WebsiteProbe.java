package org.serviceaudit.probes.web;

import org.jsoup.nodes.Document;
import org.serviceaudit.probes.email.Check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the website probe: fetch the home page, find the FAQ and read its pairs, check
 * them against the topics, look for contact details on the home page and for a chat on the
 * home and contact pages, and score it. An unreachable home page is a result (every check
 * failed, score 0) with the reason, not an error.
 */
public final class WebsiteProbe {

    /**
     * @param maxClicks     links followed from the home page in search of the FAQ; default 3
     * @param maxPages      pages fetched at most in that search; default 20
     * @param findableClicks the FAQ is easy to find within this many clicks; default 2
     * @param minPairs      an FAQ needs at least this many pairs to be detailed; default 5
     * @param maxLix        answers are clear when their mean LIX is at most this; default 50
     * @param maxLixCyrillic the same for answers in Cyrillic script, whose words run longer
     *                      (Russian and Ukrainian plain prose scores about ten points above
     *                      English or Swedish); default 60
     */
    public record Settings(int maxClicks, int maxPages, int findableClicks, int minPairs, double maxLix, double maxLixCyrillic,
                           Topics topics) {
        public static final Settings DEFAULT = new Settings(3, 20, 2, 5, 50, 60, Topics.standard());
    }

    /** Check names and their weight in the score (they add up to 1). */
    public static final Map<String, Double> WEIGHTS = weights();

    private static Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("faq_found", 0.20);
        w.put("faq_findable", 0.10);
        w.put("faq_detailed", 0.10);
        w.put("answers_complete", 0.10);
        w.put("answers_clear", 0.10);
        w.put("topics_covered", 0.20);
        w.put("contact_visible", 0.10);
        w.put("chat_present", 0.10);
        return Map.copyOf(w);
    }

    private final WebFetcher fetcher;
    private final Settings settings;

    public WebsiteProbe(WebFetcher fetcher, Settings settings) {
        this.fetcher = fetcher;
        this.settings = settings;
    }

    public WebsiteResult run(String url) {
        WebFetcher.Page home;
        try {
            home = fetcher.fetch(url);
        } catch (WebFetcher.FetchException e) {
            return WebsiteResult.unreachable(url, e, settings);
        }
        List<String> notes = new ArrayList<>();
        if (home.truncated()) {
            notes.add("the home page is longer than the size limit and was read only up to it (" + home.bytes() + " bytes)");
        }
        FaqFinder finder = new FaqFinder(fetcher, settings.maxClicks(), settings.maxPages());
        FaqFinder.Found found = finder.find(home);
        notes.addAll(found.notes());
        found.extraction().notes().forEach(notes::add);

        List<Document> chatPages = new ArrayList<>(List.of(home.document()));
        Optional<String> contactPage = finder.contactLink(home.document());
        if (contactPage.isPresent()) {
            try {
                chatPages.add(fetcher.fetch(contactPage.get()).document());
            } catch (WebFetcher.FetchException e) {
                notes.add("contact page: " + e.getMessage());
            }
        }
        ContactDetector.Contact contact = ContactDetector.detect(home.document());
        ChatDetector.Chat chat = ChatDetector.detect(chatPages);
        WebsiteResult.Faq faq = found.faq().map(page -> WebsiteResult.Faq.of(page.finalUrl(), found.clicks(), found.path(),
                found.extraction())).orElse(null);
        List<Topics.Coverage> topics = settings.topics().coverage(found.extraction().pairs());
        Map<String, Check> checks = checks(Optional.ofNullable(faq), topics, contact, chat);
        return new WebsiteResult(url, true, Optional.empty(), Optional.of(WebsiteResult.PageInfo.of(home)), Optional.ofNullable(faq),
                topics, contact, contactPage, chat, checks, score(checks, topics), found.visited(), notes);
    }

    private Map<String, Check> checks(Optional<WebsiteResult.Faq> faq, List<Topics.Coverage> topics, ContactDetector.Contact contact,
                                      ChatDetector.Chat chat) {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("faq_found", new Check(faq.isPresent(), faq.map(f -> "FAQ at " + f.url()).orElse("no FAQ found within "
                + settings.maxClicks() + " clicks of the home page")));
        checks.put("faq_findable", new Check(faq.isPresent() && faq.get().clicks() <= settings.findableClicks(),
                faq.map(f -> f.clicks() + " clicks from the home page (at most " + settings.findableClicks() + ")").orElse("no FAQ")));
        checks.put("faq_detailed", new Check(faq.isPresent() && faq.get().pairs().size() >= settings.minPairs(),
                faq.map(f -> f.pairs().size() + " questions with answers (at least " + settings.minPairs() + ")").orElse("no FAQ")));
        checks.put("answers_complete", new Check(faq.isPresent() && !faq.get().pairs().isEmpty() && faq.get().emptyAnswers() == 0
                && faq.get().onlyLinkAnswers() == 0, faq.map(f -> f.emptyAnswers() + " empty answers, " + f.onlyLinkAnswers()
                + " answers that are only a link").orElse("no FAQ")));
        double maxLix = faq.map(f -> f.cyrillic() ? settings.maxLixCyrillic() : settings.maxLix()).orElse(settings.maxLix());
        checks.put("answers_clear", new Check(faq.isPresent() && faq.get().lix() >= 0 && faq.get().lix() <= maxLix,
                faq.map(f -> f.lix() < 0 ? "no answer text" : String.format(java.util.Locale.ROOT, "mean LIX %.1f (at most %.0f)", f.lix(),
                        maxLix)).orElse("no FAQ")));
        long covered = topics.stream().filter(Topics.Coverage::covered).count();
        checks.put("topics_covered", new Check(covered == topics.size(), covered + " of " + topics.size() + " topics"
                + (covered < topics.size() ? "; missing: " + String.join(", ", topics.stream().filter(t -> !t.covered())
                .map(Topics.Coverage::topic).toList()) : "")));
        checks.put("contact_visible", new Check(contact.visible(), contact.evidence().isEmpty() ? "no phone number or e-mail address on the home page"
                : String.join("; ", contact.evidence())));
        checks.put("chat_present", new Check(chat.present(), chat.present() ? String.join(", ", chat.evidence().keySet())
                : "no chat widget or messenger link on the home or contact page"));
        return checks;
    }

    /** The weighted checks; topic coverage counts by the share of topics covered. */
    static double score(Map<String, Check> checks, List<Topics.Coverage> topics) {
        double score = 0;
        for (var check : checks.entrySet()) {
            double weight = WEIGHTS.getOrDefault(check.getKey(), 0.0);
            if (check.getKey().equals("topics_covered")) {
                score += topics.isEmpty() ? weight : weight * topics.stream().filter(Topics.Coverage::covered).count() / topics.size();
            } else if (check.getValue().pass()) {
                score += weight;
            }
        }
        return Math.round(score * 10_000) / 10_000.0;
    }
}
