package org.serviceaudit.checklists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of checklist item; the name in template files is the lower-case constant name. */
public enum ItemKind {
    YES_NO, SCALE, COUNT, DURATION, CHOICE, TEXT, PHOTO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Free text and photos are evidence: recorded, shown in reports, never scored. */
    public boolean scored() {
        return this != TEXT && this != PHOTO;
    }

    public static Optional<ItemKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
