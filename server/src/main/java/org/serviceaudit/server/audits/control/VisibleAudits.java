package org.serviceaudit.server.audits.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.audits.entity.AuditStatus;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which audits a caller may see, as conditions of the query that loads them (alias {@code a}),
 * so the database returns nothing else: an admin every audit, an auditor those assigned to
 * them, a manager their client's published ones.
 */
public final class VisibleAudits {

    private VisibleAudits() {
    }

    /** Conditions in the form {@link QueryParameters#where} takes, to add to a query's own filters. */
    public static Map<String, Object> conditions(Caller caller) {
        Map<String, Object> scope = new LinkedHashMap<>();
        switch (caller.role()) {
            case ADMIN -> {
            }
            case AUDITOR -> scope.put("a.auditor.id = :scopeAuditor", caller.userId());
            case MANAGER -> {
                scope.put("a.location.client.id = :scopeClient", caller.client());
                scope.put("a.status = :scopeStatus", AuditStatus.PUBLISHED);
            }
        }
        return scope;
    }

    /** The audit if the caller may see it; otherwise 404, the same as for an id that does not exist. */
    public static Audit require(EntityManager em, Caller caller, long id) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("a.id = :id", id);
        filters.putAll(conditions(caller));
        TypedQuery<Audit> query = em.createQuery("select a from Audit a" + QueryParameters.where(filters), Audit.class);
        QueryParameters.bind(filters, query);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("audit", id));
    }
}
