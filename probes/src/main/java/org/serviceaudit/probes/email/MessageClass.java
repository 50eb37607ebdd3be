package org.serviceaudit.probes.email;

import java.util.Locale;

/** What a message received in answer to an inquiry is. */
public enum MessageClass {
    /** An automatic acknowledgement, out-of-office note or other machine-made answer: not a reply. */
    AUTO,
    /** A delivery failure report (or, not final, a delay warning). */
    BOUNCE,
    /** A person's reply. */
    HUMAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
