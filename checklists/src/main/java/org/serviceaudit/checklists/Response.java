package org.serviceaudit.checklists;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an auditor recorded for one item, before it is checked against the item's kind.
 *
 * <p>The shapes mirror JSON: a yes/no is a {@link Flag}, scales, counts and durations are a
 * {@link Number}, a choice is the chosen option's id as {@link Text}, as are free text and a
 * photo reference. Whether the shape fits the item is decided by the item's {@link Rule}.
 */
public sealed interface Response {

    /** A short description for error messages, e.g. {@code "the number 7"}. */
    String describe();

    record Flag(boolean value) implements Response {
        @Override
        public String describe() {
            return value ? "yes" : "no";
        }
    }

    record Number(BigDecimal value) implements Response {
        public Number {
            Objects.requireNonNull(value);
        }

        @Override
        public String describe() {
            return "the number " + value.toPlainString();
        }
    }

    record Text(String value) implements Response {
        public Text {
            Objects.requireNonNull(value);
        }

        @Override
        public String describe() {
            return "the text \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
        }
    }

    /** The auditor marked the item as not applicable to this visit or call. */
    enum NotApplicable implements Response {
        INSTANCE;

        @Override
        public String describe() {
            return "N/A";
        }
    }
}
