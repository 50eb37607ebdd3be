package org.serviceaudit.probes.email;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase lists of {@code phrases.json}: what negative language, risky promises,
 * acknowledgements, out-of-office notes, bounces and quoted originals look like, in English,
 * Russian, Ukrainian and Swedish. Patterns are case-insensitive; those of the per-language
 * lists only match whole words.
 */
public final class Phrases {

    /** A phrase list entry that matched, with the text it matched. */
    public record Match(String list, String pattern, String text) {
    }

    private static final Phrases SHIPPED = load(Phrases.class.getResourceAsStream("phrases.json"));
    private final Map<String, Map<String, List<Pattern>>> byLanguage = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> plain = new LinkedHashMap<>();

    public static Phrases shipped() {
        return SHIPPED;
    }

    static Phrases load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("phrases.json is missing from the build");
        }
        try (in; var reader = Json.createReader(in)) {
            return new Phrases(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Phrases(JsonObject json) {
        json.forEach((name, value) -> {
            if (value instanceof JsonObject perLanguage) {
                Map<String, List<Pattern>> lists = new LinkedHashMap<>();
                perLanguage.forEach((language, entries) -> lists.put(language, compile(entries.asJsonArray(), true)));
                byLanguage.put(name, lists);
            } else if (value instanceof JsonArray entries) {
                plain.put(name, compile(entries, false));
            }
        });
    }

    private static List<Pattern> compile(JsonArray entries, boolean wholeWords) {
        return entries.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .map(p -> Pattern.compile(wholeWords ? "(?<![\\p{L}\\p{N}])(?:" + p + ")(?![\\p{L}\\p{N}])" : p,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** The first match of a per-language list in the text, trying every language (a reply need not be in the inquiry's). */
    public Optional<Match> find(String list, String text) {
        Map<String, List<Pattern>> lists = byLanguage.get(list);
        if (lists == null) {
            throw new IllegalArgumentException("no phrase list " + list);
        }
        for (List<Pattern> patterns : lists.values()) {
            Optional<Match> match = first(list, patterns, text);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** Every match of a per-language list in the text. */
    public List<Match> findAll(String list, String text) {
        return byLanguage.get(list).values().stream().flatMap(List::stream).flatMap(p -> {
            Matcher m = p.matcher(text);
            return m.results().map(r -> new Match(list, p.pattern(), r.group()));
        }).toList();
    }

    /** The first match of a list that is the same for every language (senders, subjects, quote headers). */
    public Optional<Match> findPlain(String list, String text) {
        List<Pattern> patterns = plain.get(list);
        if (patterns == null) {
            throw new IllegalArgumentException("no phrase list " + list);
        }
        return first(list, patterns, text);
    }

    /** The per-language list's patterns for a line that must match as a whole (sign-offs). */
    public boolean wholeLine(String list, String line) {
        String stripped = line.strip();
        return byLanguage.get(list).values().stream().flatMap(List::stream)
                .anyMatch(p -> p.matcher(stripped).matches());
    }

    private static Optional<Match> first(String list, List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(new Match(list, p.pattern(), m.group()));
            }
        }
        return Optional.empty();
    }
}
