package org.serviceaudit.server.accounts.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do; API methods declare the roles they allow. */
public enum Role {
    /** Agency staff: set-up, assignment, review, publication, users; everything. */
    ADMIN,
    /** Sees and fills only the audits assigned to them. */
    AUDITOR,
    /** Belongs to one client: reads its locations, published audits, scores and reports. */
    MANAGER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
