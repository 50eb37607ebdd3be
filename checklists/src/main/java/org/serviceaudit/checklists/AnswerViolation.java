package org.serviceaudit.checklists;

/**
 * Why one answer (or a missing one) does not fit the template.
 *
 * @param itemId  the item at fault; for an answer to an unknown item, the id it gave
 * @param message what is wrong, in English, e.g. {@code "expects a whole number from 1 to 5, got the number 7"}
 */
public record AnswerViolation(String itemId, String message) {
}
