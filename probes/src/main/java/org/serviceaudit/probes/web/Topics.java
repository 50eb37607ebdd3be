package org.serviceaudit.probes.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The questions a client's FAQ should answer: each topic has phrases per language, and is
 * covered when one question/answer pair holds every word of one phrase. A word matches words
 * that start with it, in any case, so {@code "скидк объем"} finds "Скидки при большом объеме
 * заказа". The default list ({@link #standard()}) is the service standard's: documents needed
 * to buy, standard vs premium, bulk discounts, activation.
 *
 * <p>Format (JSON): {@code {"topic": {"en": ["phrase", …], "ru": […], …}, …}}; keys starting
 * with {@code _} are comments.
 */
public final class Topics {

    private static final Topics STANDARD = standardTopics();

    /** @param phrases per language, each phrase its words (lower case) */
    public record Topic(String name, Map<String, List<List<String>>> phrases) {
    }

    /** A covered topic and where: the question of the pair and the phrase that matched. */
    public record Coverage(String topic, Optional<String> question, Optional<String> phrase) {
        public boolean covered() {
            return question.isPresent();
        }
    }

    private final List<Topic> topics;

    public Topics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    public static Topics standard() {
        return STANDARD;
    }

    public List<Topic> topics() {
        return topics;
    }

    private static Topics standardTopics() {
        InputStream in = Topics.class.getResourceAsStream("topics.json");
        if (in == null) {
            throw new IllegalStateException("topics.json is missing from the build");
        }
        try (in; Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException the JSON is not a topic list, with what is wrong where
     */
    public static Topics read(Reader json) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(json)) {
            object = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the topics are not a JSON object: " + e.getMessage(), e);
        }
        List<Topic> topics = new ArrayList<>();
        object.forEach((name, value) -> {
            if (name.startsWith("_")) {
                return;
            }
            if (!(value instanceof JsonObject perLanguage)) {
                throw new IllegalArgumentException("topic '" + name + "' must be an object of language → phrases");
            }
            Map<String, List<List<String>>> phrases = new LinkedHashMap<>();
            perLanguage.forEach((language, list) -> {
                if (!(list instanceof JsonArray array) || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
                    throw new IllegalArgumentException("topic '" + name + "', language '" + language + "' must be a list of phrases");
                }
                List<List<String>> words = new ArrayList<>();
                for (JsonString phrase : array.getValuesAs(JsonString.class)) {
                    List<String> split = List.of(phrase.getString().toLowerCase(Locale.ROOT).strip().split("\\s+"));
                    if (!split.get(0).isEmpty()) {
                        words.add(split);
                    }
                }
                phrases.put(language, words);
            });
            topics.add(new Topic(name, phrases));
        });
        return new Topics(topics);
    }

    /** For each topic in order, whether and where the pairs cover it (all languages are tried). */
    public List<Coverage> coverage(List<FaqExtractor.Pair> pairs) {
        List<Coverage> out = new ArrayList<>();
        for (Topic topic : topics) {
            Coverage found = new Coverage(topic.name(), Optional.empty(), Optional.empty());
            search:
            for (FaqExtractor.Pair pair : pairs) {
                String text = (pair.question() + " \n " + pair.answer()).toLowerCase(Locale.ROOT);
                for (List<List<String>> phrases : topic.phrases().values()) {
                    for (List<String> phrase : phrases) {
                        if (phrase.stream().allMatch(word -> containsWord(text, word))) {
                            found = new Coverage(topic.name(), Optional.of(pair.question()), Optional.of(String.join(" ", phrase)));
                            break search;
                        }
                    }
                }
            }
            out.add(found);
        }
        return out;
    }

    static boolean containsWord(String lowerText, String word) {
        int from = 0;
        while (true) {
            int at = lowerText.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(lowerText.codePointBefore(at))) {
                return true;
            }
            from = at + 1;
        }
    }
}
