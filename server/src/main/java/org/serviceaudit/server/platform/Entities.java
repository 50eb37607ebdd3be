package org.serviceaudit.server.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.serviceaudit.server.problems.ApiException;

import java.util.List;

/** Loading by id for the API (an unknown id is a 404 problem, never {@code null}), and native SQL for aggregates. */
public final class Entities {

    private Entities() {
    }

    public static <T> T require(EntityManager em, Class<T> type, long id, String label) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw ApiException.notFound(label, id);
        }
        return entity;
    }

    /** Flushes now so a unique constraint is reported as a 409 with the given detail. */
    public static void flushUnique(EntityManager em, String conflictType, String detail) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw ApiException.conflict(conflictType, detail);
            }
            throw e;
        }
    }

    /** A native SQL query with positional parameters ({@code ?}), bound in order. */
    public static jakarta.persistence.Query nativeQuery(EntityManager em, String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** The rows of a native SQL query with positional parameters ({@code ?}), bound in order. */
    public static List<?> nativeRows(EntityManager em, String sql, Object... parameters) {
        return nativeQuery(em, sql, parameters).getResultList();
    }

    /** A native SQL statement with positional parameters; the number of rows changed. */
    public static int nativeUpdate(EntityManager em, String sql, Object... parameters) {
        return nativeQuery(em, sql, parameters).executeUpdate();
    }
}
