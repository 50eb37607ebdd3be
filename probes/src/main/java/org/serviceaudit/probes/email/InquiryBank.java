package org.serviceaudit.probes.email;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The questions a mystery customer asks, per language ({@code inquiries.json}): each with its
 * subject, its text and the keywords of an answer.
 */
public final class InquiryBank {

    /** One question of the bank. */
    public record Question(String language, String id, String subject, String body, List<List<String>> keywords) {
    }

    private static final InquiryBank SHIPPED = load(InquiryBank.class.getResourceAsStream("inquiries.json"));
    private final Map<String, List<Question>> byLanguage = new LinkedHashMap<>();

    public static InquiryBank shipped() {
        return SHIPPED;
    }

    static InquiryBank load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("inquiries.json is missing from the build");
        }
        try (in; var reader = Json.createReader(in)) {
            return new InquiryBank(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InquiryBank(JsonObject json) {
        json.forEach((language, value) -> {
            if (value instanceof JsonArray questions) {
                List<Question> list = new ArrayList<>();
                for (JsonObject q : questions.getValuesAs(JsonObject.class)) {
                    List<List<String>> keywords = q.getJsonArray("keywords").getValuesAs(JsonArray.class).stream()
                            .map(group -> group.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()).toList();
                    list.add(new Question(language, q.getString("id"), q.getString("subject"), q.getString("body"), keywords));
                }
                byLanguage.put(language, List.copyOf(list));
            }
        });
    }

    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    public List<Question> questions(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    public Optional<Question> question(String language, String id) {
        return questions(language).stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * The inquiry as the customer sends it.
     *
     * @param signature the customer's sign-off, usually their name (and a phone number, as
     *                  real customers add)
     */
    public Inquiry compose(Question question, String customerName, String signature, String token) {
        String body = question.body().replace("{signature}", signature);
        return new Inquiry(token, question.language(), question.id(), customerName, question.subject(), body, question.keywords());
    }

    /**
     * The question a reply is about, found by the subject it kept ("Re: …") or the text it
     * quotes: for the command line, which classifies one message without the probe's records.
     */
    public Optional<Question> recognise(String subject, String quotedText) {
        String bare = subject.replaceAll("(?iu)^((re|sv|aw|fw|fwd|ответ|відповідь|вiдп|отв)\\s*(\\[\\d+])?\\s*:\\s*)+", "").strip()
                .toLowerCase(Locale.ROOT);
        String quoted = quotedText.replaceAll("(?m)^[> ]+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (List<Question> questions : byLanguage.values()) {
            for (Question q : questions) {
                String firstSentence = q.body().lines().filter(l -> l.length() > 30).findFirst().orElse(q.body())
                        .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                String probe = firstSentence.substring(0, Math.min(40, firstSentence.length()));
                if (bare.equals(q.subject().toLowerCase(Locale.ROOT)) || (!quoted.isEmpty() && quoted.contains(probe))) {
                    return Optional.of(q);
                }
            }
        }
        return Optional.empty();
    }
}
