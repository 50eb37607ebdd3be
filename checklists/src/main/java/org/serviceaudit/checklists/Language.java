package org.serviceaudit.checklists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the toolkit's users work in. */
public enum Language {
    EN, RU, UK, SV;

    /** The ISO 639-1 code, as used in template files and {@code Accept-Language}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }
}
