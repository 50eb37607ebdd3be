package org.serviceaudit.checklists;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text in one or more of the four languages.
 *
 * <p>{@link #in(Language)} falls back to English and then to any language present, so a
 * template written in only one language still shows something everywhere.
 */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    public static LocalizedText of(String en, String ru, String uk, String sv) {
        return new LocalizedText(Map.of(Language.EN, en, Language.RU, ru, Language.UK, uk, Language.SV, sv));
    }

    public String in(Language language) {
        String text = texts.get(language);
        if (text != null) {
            return text;
        }
        text = texts.get(Language.EN);
        return text != null ? text : texts.values().iterator().next();
    }

    public boolean hasAllLanguages() {
        return texts.size() == Language.values().length;
    }
}
