package org.serviceaudit.probes.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks for the FAQ the way a customer would: from the home page, by following only links
 * whose text or address names an FAQ (or, less likely, help and support) in one of the four
 * languages, FAQ names first, level by level up to a number of clicks. The FAQ is the first
 * page reached that holds at least two question/answer pairs; failing that, a page reached
 * through a link named as an FAQ, however few pairs it has.
 */
final class FaqFinder {

    static final int MIN_PAIRS = 2;

    /**
     * @param path    the pages from the home page to the FAQ, home first
     * @param clicks  links followed from the home page (0: the FAQ is on the home page)
     * @param visited every page fetched while looking
     * @param notes   pages that could not be fetched, and why
     */
    record Found(Optional<WebFetcher.Page> faq, int clicks, List<String> path, FaqExtractor.Extraction extraction,
                 List<String> visited, List<String> notes) {
    }

    private record Step(WebFetcher.Page page, List<String> path, boolean namedFaq) {
    }

    private final WebFetcher fetcher;
    private final int maxClicks;
    private final int maxPages;
    private final WebsiteWords words = WebsiteWords.shipped();

    FaqFinder(WebFetcher fetcher, int maxClicks, int maxPages) {
        this.fetcher = fetcher;
        this.maxClicks = maxClicks;
        this.maxPages = maxPages;
    }

    Found find(WebFetcher.Page home) {
        List<String> visited = new ArrayList<>(List.of(home.finalUrl()));
        Set<String> seen = new HashSet<>(List.of(home.url(), home.finalUrl()));
        List<String> notes = new ArrayList<>();
        List<Step> level = List.of(new Step(home, List.of(home.finalUrl()), false));
        Step fallback = null;
        FaqExtractor.Extraction fallbackExtraction = null;
        for (int clicks = 0; clicks <= maxClicks && !level.isEmpty(); clicks++) {
            for (Step step : level) {
                FaqExtractor.Extraction extraction = FaqExtractor.extract(step.page().document());
                if (extraction.pairs().size() >= MIN_PAIRS) {
                    return new Found(Optional.of(step.page()), clicks, step.path(), extraction, visited, notes);
                }
                if (step.namedFaq() && (fallback == null || extraction.pairs().size() > fallbackExtraction.pairs().size())) {
                    fallback = step;
                    fallbackExtraction = extraction;
                }
            }
            if (clicks == maxClicks) {
                break;
            }
            List<Step> next = new ArrayList<>();
            for (Step step : level) {
                for (Map.Entry<String, Integer> link : links(step.page()).entrySet()) {
                    if (visited.size() >= maxPages) {
                        break;
                    }
                    if (!seen.add(link.getKey())) {
                        continue;
                    }
                    try {
                        WebFetcher.Page page = fetcher.fetch(link.getKey());
                        seen.add(page.finalUrl());
                        visited.add(page.finalUrl());
                        List<String> path = new ArrayList<>(step.path());
                        path.add(page.finalUrl());
                        next.add(new Step(page, List.copyOf(path), link.getValue() >= 3));
                    } catch (WebFetcher.FetchException e) {
                        notes.add(e.getMessage());
                    }
                }
            }
            level = next;
        }
        if (fallback != null) {
            return new Found(Optional.of(fallback.page()), fallback.path().size() - 1, fallback.path(), fallbackExtraction, visited, notes);
        }
        return new Found(Optional.empty(), -1, List.of(), new FaqExtractor.Extraction(List.of(), List.of(), List.of(), List.of()),
                visited, notes);
    }

    /** The page's links that may lead to the FAQ, on the same site, best first (3+: named as an FAQ). */
    Map<String, Integer> links(WebFetcher.Page page) {
        Map<String, Integer> scored = new LinkedHashMap<>();
        String site = site(page.finalUrl());
        for (Element a : page.document().select("a[href]")) {
            String url = a.absUrl("href").replaceFirst("#.*$", "");
            String linked = site(url);
            if (url.isEmpty() || !url.startsWith("http") || !(linked.equals(site) || linked.endsWith("." + site))) {
                continue;
            }
            int score = score(a, url);
            if (score > 0) {
                scored.merge(url, score, Math::max);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        scored.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private int score(Element a, String url) {
        String text = (a.text() + " " + a.attr("title") + " " + a.attr("aria-label")).toLowerCase(Locale.ROOT);
        String path = pathOf(url);
        int score = 0;
        if (WebsiteWords.containsAny(text, words.faqLinks)) {
            score += 3;
        }
        if (WebsiteWords.containsAny(path, words.faqUrls)) {
            score += 3;
        }
        if (WebsiteWords.containsAny(text, words.helpLinks)) {
            score += 1;
        }
        if (WebsiteWords.containsAny(path, words.helpUrls)) {
            score += 1;
        }
        return score;
    }

    /** The first link on a page to its contact page, if it has one. */
    Optional<String> contactLink(Document page) {
        for (Element a : page.select("a[href]")) {
            String url = a.absUrl("href");
            if (url.startsWith("http") && (WebsiteWords.containsAny(a.text(), words.contactLinks)
                    || WebsiteWords.containsAny(pathOf(url), words.contactUrls))) {
                return Optional.of(url.replaceFirst("#.*$", ""));
            }
        }
        return Optional.empty();
    }

    private static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getRawPath() == null ? "" : uri.getPath()) + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The host without "www.", and with its port: links to subdomains of it count as the same site. */
    private static String site(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            return host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
