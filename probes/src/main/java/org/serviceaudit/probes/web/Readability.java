package org.serviceaudit.probes.web;

import java.util.regex.Pattern;

/**
 * How hard a text is to read, as LIX (Björnsson's läsbarhetsindex): words per sentence plus
 * the percentage of words longer than six letters. It needs no dictionary and works alike for
 * English, Swedish, Russian and Ukrainian. Below 40 is easy (popular press), 40–50 medium,
 * 50–60 difficult (official texts), above 60 very difficult. The standard asks for answers
 * "without technical jargon": long words and long sentences are what jargon looks like here.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(\\s|$)|[:;]\\s|\\n");

    private Readability() {
    }

    /** @return the LIX of the text, or -1 when it has no words */
    public static double lix(String text) {
        var words = WORD.matcher(text).results().map(m -> m.group()).toList();
        if (words.isEmpty()) {
            return -1;
        }
        long sentences = Math.max(1, SENTENCE_END.matcher(text.strip()).results().count());
        long longWords = words.stream().filter(w -> w.codePointCount(0, w.length()) > 6).count();
        return (double) words.size() / sentences + 100.0 * longWords / words.size();
    }

    /** Whether most letters of a text are Cyrillic. */
    public static boolean mostlyCyrillic(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        return letters > 0 && cyrillic * 2 > letters;
    }

    public static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
