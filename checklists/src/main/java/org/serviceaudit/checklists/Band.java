package org.serviceaudit.checklists;

import java.util.Locale;

/** What a score from 0 to 1 means for customers, after the Secure Customer Index. */
public enum Band {
    /** Customers stay loyal. */
    SECURE,
    /** Customers are satisfied. */
    FAVOURABLE,
    /** Customers are disappointed and ready to switch. */
    VULNERABLE,
    /** Customers already use competitors. */
    AT_RISK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
