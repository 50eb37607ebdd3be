package org.serviceaudit.probes.email;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a person's reply against the email standard: uses the customer's name, is signed by a
 * person, answers the question, has no negative language and no risky promises, and (when the
 * run knows) was followed up. Phrases are looked for in the reply's own text only
 * ({@link ReplyText#body()}): not in the quoted original, not in the signature or footer.
 */
public final class ReplyGrader {

    public static final String USES_NAME = "uses_name";
    public static final String SIGNED_BY_PERSON = "signed_by_person";
    public static final String ANSWERS_QUESTION = "answers_question";
    public static final String NO_NEGATIVE_LANGUAGE = "no_negative_language";
    public static final String NO_RISKY_PROMISES = "no_risky_promises";
    public static final String FOLLOW_UP = "follow_up";

    /** A name: two to four words, each a capital letter and letters (Anna-Maria, O'Neil, Ёлкина). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    private final Phrases phrases;

    public ReplyGrader(Phrases phrases) {
        this.phrases = phrases;
    }

    public ReplyGrader() {
        this(Phrases.shipped());
    }

    /**
     * The checks, in a fixed order. The name and question checks need the inquiry; without it
     * they are left out (the command line says so). {@code followedUp} is known only to a run
     * that watched the mailbox after the reply.
     */
    public Map<String, Check> grade(ReplyText reply, Optional<String> customerName, Optional<List<List<String>>> keywords,
                                    Optional<Boolean> followedUp) {
        Map<String, Check> checks = new LinkedHashMap<>();
        customerName.ifPresent(name -> checks.put(USES_NAME, usesName(reply.body(), name)));
        checks.put(SIGNED_BY_PERSON, personalName(reply, phrases)
                .map(n -> new Check(true, "signed " + n))
                .orElseGet(() -> new Check(false, reply.signature().isEmpty() ? "no signature"
                        : "the signature names no person: " + String.join(" / ", reply.signatureLines()))));
        keywords.ifPresent(k -> {
            Keywords.Result r = Keywords.match(k, reply.body());
            checks.put(ANSWERS_QUESTION, new Check(r.passes(), "speaks of " + (r.found().isEmpty() ? "none" : String.join(", ", r.found()))
                    + " (" + r.found().size() + " of " + (r.found().size() + r.missing().size()) + " topics, " + r.needed() + " needed)"
                    + (r.missing().isEmpty() ? "" : "; not of " + String.join(", ", r.missing()))));
        });
        checks.put(NO_NEGATIVE_LANGUAGE, absent("negative", reply.body()));
        checks.put(NO_RISKY_PROMISES, absent("riskyPromises", reply.body()));
        followedUp.ifPresent(f -> checks.put(FOLLOW_UP, new Check(f, f ? "a further message followed the reply" : "no message followed the reply")));
        return checks;
    }

    /** The share of checks passed, 0..1; 0 without checks. */
    public static double score(Map<String, Check> checks) {
        return checks.isEmpty() ? 0 : checks.values().stream().filter(Check::pass).count() / (double) checks.size();
    }

    private Check absent(String list, String body) {
        List<Phrases.Match> found = phrases.findAll(list, body);
        if (found.isEmpty()) {
            return new Check(true, "none found");
        }
        return new Check(false, "found: " + String.join(", ", found.stream().map(m -> "'" + m.text() + "'").distinct().toList()));
    }

    /**
     * Whether the reply addresses the customer by name. The first name is matched with its
     * ending free, so "Анна" is found as "Анне" or "Анну", "Ivan" as "Ivan" (Slavic names
     * decline, Swedish and English do not).
     */
    static Check usesName(String body, String customerName) {
        String first = customerName.strip().split("\\s+")[0];
        if (first.isEmpty()) {
            return new Check(false, "no customer name known");
        }
        String stem = first.length() >= 4 ? first.substring(0, first.length() - 1) : first;
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(stem) + "\\p{L}{0,3}(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(body);
        while (m.find()) {
            String word = m.group();
            // A stem of a short name must not find another word: the match starts with a capital, as names do.
            if (Character.isUpperCase(word.charAt(0))) {
                return new Check(true, "addresses the customer as '" + word + "'");
            }
        }
        return new Check(false, "'" + first + "' does not appear in the reply's text");
    }

    /** The person's name the reply is signed with, if it is signed by a person rather than a team. */
    static Optional<String> personalName(ReplyText reply, Phrases phrases) {
        List<String> candidates = reply.signatureLines();
        if (candidates.isEmpty() && !reply.signOff().isEmpty()) {
            return Optional.empty();
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // The first line under the sign-off is who signs; what follows is title, company, phone.
        String first = candidates.get(0).replaceAll("[,;]+$", "").strip();
        return NAME.matcher(first).matches() && !teamLike(first, phrases) ? Optional.of(first) : Optional.empty();
    }

    private static boolean teamLike(String line, Phrases phrases) {
        String lower = line.toLowerCase(Locale.ROOT);
        return phrases.findPlain("teamWords", lower).map(m -> {
            // A team word must stand as a word (or a word's start, for Slavic stems), not inside a name.
            return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(m.text())).matcher(lower).find();
        }).orElse(false);
    }
}
