package org.serviceaudit.checklists;

import java.util.Objects;
import java.util.Optional;

/**
 * One item's answer in a submitted checklist.
 *
 * @param itemId   the template item this answers
 * @param response what was recorded, or {@link Response.NotApplicable}
 * @param comment  the auditor's comment, or {@code null} for none
 */
public record Answer(String itemId, Response response, String comment) {

    public Answer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(response, "response");
    }

    public static Answer of(String itemId, Response response) {
        return new Answer(itemId, response, null);
    }

    public Optional<String> commentText() {
        return Optional.ofNullable(comment).filter(c -> !c.isBlank());
    }

    public boolean notApplicable() {
        return response == Response.NotApplicable.INSTANCE;
    }
}
