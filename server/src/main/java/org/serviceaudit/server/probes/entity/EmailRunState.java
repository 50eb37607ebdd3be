package org.serviceaudit.server.probes.entity;

import java.util.Locale;

/**
 * Where a run is: {@code SCHEDULED → SENDING → SENT → ACKNOWLEDGED → REPLIED}, ending as
 * {@code REPLIED}, {@code NO_REPLY} or {@code BOUNCED} once the run finishes, or {@code FAILED}
 * when the inquiry could not be sent (or it is unknown whether it was).
 */
public enum EmailRunState {
    SCHEDULED, SENDING, SENT, ACKNOWLEDGED, REPLIED, NO_REPLY, BOUNCED, FAILED;

    /** As the API writes it: {@code no-reply}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EmailRunState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
