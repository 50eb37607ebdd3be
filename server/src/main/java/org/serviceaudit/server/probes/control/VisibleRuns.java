package org.serviceaudit.server.probes.control;

import org.serviceaudit.server.accounts.control.Caller;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which probe runs (email and website alike, alias {@code r}) a caller may read, as query
 * conditions: an admin all, a manager their own client's. Anything else is a 404.
 */
public final class VisibleRuns {

    private VisibleRuns() {
    }

    public static Map<String, Object> conditions(Caller caller) {
        Map<String, Object> scope = new LinkedHashMap<>();
        switch (caller.role()) {
            case ADMIN -> {
            }
            case MANAGER -> scope.put("r.clientId = :scopeClient", caller.client());
            // Not reachable through the API (auditors may not read runs); a condition that matches nothing keeps it closed.
            case AUDITOR -> scope.put("r.id = :scopeNone", -1L);
        }
        return scope;
    }
}
