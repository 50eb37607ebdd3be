package org.serviceaudit.probes.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text speaks about what was asked: the question's keywords are groups of word
 * stems, and the text answers when it has a word from at least half of the groups (rounded
 * up). A stem matches words that start with it, so "документ" finds "документы" and
 * "документов", and "discount" finds "discounts".
 */
public final class Keywords {

    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]+");

    private Keywords() {
    }

    /**
     * @param found   per matched group, the stem that matched
     * @param missing per unmatched group, its stems joined with "/"
     */
    public record Result(List<String> found, List<String> missing, int needed) {
        public boolean passes() {
            return found.size() >= needed;
        }
    }

    public static Result match(List<List<String>> groups, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (List<String> group : groups) {
            group.stream().filter(stem -> contains(lower, stem.toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresentOrElse(found::add, () -> missing.add(String.join("/", group)));
        }
        return new Result(found, missing, (groups.size() + 1) / 2);
    }

    private static boolean contains(String text, String stem) {
        if (WORDLIKE.matcher(stem).matches()) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(stem), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)
                    .matcher(text).find();
        }
        return text.contains(stem);
    }
}
