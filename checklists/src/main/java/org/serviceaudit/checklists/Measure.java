package org.serviceaudit.checklists;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the phone helpers of the tablet app measure during a call, so a template can say which
 * count or duration item each figure fills. A label for data entry, not part of scoring.
 */
public enum Measure {
    /** Rings from dialling until the call was answered; fills a count item. */
    RINGS("rings", ItemKind.COUNT),
    /** Seconds from dialling until the call was answered. */
    ANSWER_SECONDS("answer-seconds", ItemKind.DURATION),
    /** Seconds from dialling until a person from sales was on the line. */
    SALES_SECONDS("sales-seconds", ItemKind.DURATION),
    /** Seconds the caller was kept on hold, all holds together. */
    HOLD_SECONDS("hold-seconds", ItemKind.DURATION);

    private final String code;
    private final ItemKind kind;

    Measure(String code, ItemKind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    /** The only item kind this measure can fill. */
    public ItemKind kind() {
        return kind;
    }

    public static Optional<Measure> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
