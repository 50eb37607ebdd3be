package org.serviceaudit.checklists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The nine attributes of quality service; items are tagged with them for a dimension profile. */
public enum Dimension {
    CARE, POLITENESS, HONESTY, HELPFULNESS, PROMPTNESS, ACCESSIBILITY, FRIENDLINESS, KNOWLEDGE, PROFESSIONALISM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dimension> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }
}
