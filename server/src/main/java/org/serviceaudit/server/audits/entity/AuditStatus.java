package org.serviceaudit.server.audits.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an audit is in its lifecycle: assigned → submitted → approved or returned → published. */
public enum AuditStatus {
    ASSIGNED, SUBMITTED, APPROVED, RETURNED, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
