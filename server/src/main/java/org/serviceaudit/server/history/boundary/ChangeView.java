package org.serviceaudit.server.history.boundary;

import org.serviceaudit.server.history.entity.Change;

import java.time.Instant;

public record ChangeView(long id, Instant at, long userId, String username, String action, String subjectType, String subjectId,
                         String detail) {

    static ChangeView of(Change c) {
        return new ChangeView(c.id(), c.changedAt(), c.userId(), c.username(), c.action(), c.subjectType(), c.subjectId(),
                c.detail().orElse(null));
    }
}
