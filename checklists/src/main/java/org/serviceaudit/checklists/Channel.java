package org.serviceaudit.checklists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an auditor meets the business with a checklist: on the phone or in a visit. The
 * Service Quality Index weighs each channel separately; {@code other} counts in no channel.
 */
public enum Channel {
    PHONE, VISIT, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
