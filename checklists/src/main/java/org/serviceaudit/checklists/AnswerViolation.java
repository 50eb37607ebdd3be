package org.serviceaudit.checklists;

import java.util.OptionalInt;

/**
 * Why one answer (or a missing one) does not fit the template.
 *
 * @param itemId  the item at fault; for an answer to an unknown item, the id it gave
 * @param kind    what is wrong, for code; {@code message} says it for people
 * @param answer  the position of the offending answer in the list checked; empty for
 *                {@link Kind#MISSING}
 * @param message what is wrong, in English, e.g. {@code "expects a whole number from 1 to 5, got the number 7"}
 */
public record AnswerViolation(String itemId, Kind kind, OptionalInt answer, String message) {

    public enum Kind {
        /** No item with this id in the template. */
        UNKNOWN_ITEM,
        /** A second answer to the same item. */
        REPEATED,
        /** A response of the wrong shape, out of range, or N/A where it is not allowed. */
        INVALID,
        /** A required item without an answer. */
        MISSING
    }
}
