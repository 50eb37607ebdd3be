package org.serviceaudit.probes.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of {@code website.json}: how links to the FAQ, to help and support pages and to
 * contact pages are named in English, Russian, Ukrainian and Swedish, and what a "read more"
 * link says. Entries are lower case; a text matches an entry it contains.
 */
final class WebsiteWords {

    private static final WebsiteWords SHIPPED = load();

    final List<String> faqLinks;
    final List<String> faqUrls;
    final List<String> helpLinks;
    final List<String> helpUrls;
    final List<String> contactLinks;
    final List<String> contactUrls;
    final List<String> moreLinks;

    static WebsiteWords shipped() {
        return SHIPPED;
    }

    private static WebsiteWords load() {
        InputStream in = WebsiteWords.class.getResourceAsStream("website.json");
        if (in == null) {
            throw new IllegalStateException("website.json is missing from the build");
        }
        try (in; var reader = Json.createReader(in)) {
            return new WebsiteWords(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebsiteWords(JsonObject json) {
        faqLinks = all(json.get("faqLinks"));
        faqUrls = all(json.get("faqUrls"));
        helpLinks = all(json.get("helpLinks"));
        helpUrls = all(json.get("helpUrls"));
        contactLinks = all(json.get("contactLinks"));
        contactUrls = all(json.get("contactUrls"));
        moreLinks = all(json.get("moreLinks"));
    }

    /** Every string of a list, or of every language's list. */
    private static List<String> all(JsonValue value) {
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(s -> out.add(s.getString().toLowerCase(Locale.ROOT)));
        } else if (value instanceof JsonObject perLanguage) {
            perLanguage.values().forEach(v -> out.addAll(all(v)));
        }
        return List.copyOf(out);
    }

    static boolean containsAny(String text, List<String> entries) {
        String lower = text.toLowerCase(Locale.ROOT);
        return entries.stream().anyMatch(lower::contains);
    }
}
