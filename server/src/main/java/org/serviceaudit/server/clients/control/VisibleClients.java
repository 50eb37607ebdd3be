package org.serviceaudit.server.clients.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.platform.QueryParameters;
import org.serviceaudit.server.problems.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which clients and locations a caller may read, as query conditions: an admin all, a manager
 * their own client's, an auditor the locations of audits assigned to them (and no client).
 * Anything else is a 404, as if it did not exist.
 */
public final class VisibleClients {

    private VisibleClients() {
    }

    /** Conditions on clients (alias {@code c}); only admins and managers list clients. */
    public static Map<String, Object> conditions(Caller caller) {
        Map<String, Object> scope = new LinkedHashMap<>();
        switch (caller.role()) {
            case ADMIN -> {
            }
            case MANAGER -> scope.put("c.id = :scopeClient", caller.client());
            // Not reachable through the API (auditors may not list clients); a condition that matches nothing keeps it closed.
            case AUDITOR -> scope.put("c.id = :scopeNone", -1L);
        }
        return scope;
    }

    public static Client require(EntityManager em, Caller caller, long id) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("c.id = :id", id);
        filters.putAll(conditions(caller));
        TypedQuery<Client> query = em.createQuery("select c from Client c" + QueryParameters.where(filters), Client.class);
        QueryParameters.bind(filters, query);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("client", id));
    }

    public static Location requireLocation(EntityManager em, Caller caller, long id) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("l.id = :id", id);
        switch (caller.role()) {
            case ADMIN -> {
            }
            case MANAGER -> filters.put("l.client.id = :scopeClient", caller.client());
            case AUDITOR -> filters.put("exists (select a.id from Audit a where a.location = l and a.auditor.id = :scopeAuditor)",
                    caller.userId());
        }
        TypedQuery<Location> query = em.createQuery("select l from Location l" + QueryParameters.where(filters), Location.class);
        QueryParameters.bind(filters, query);
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("location", id));
    }
}
