package org.serviceaudit.server.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Map;
import java.util.function.Function;

/**
 * One page of a list endpoint: the rows query and the count query share the filter
 * conditions (in the form {@link QueryParameters#where} takes), so a page's total always
 * counts exactly what its rows are drawn from, including the caller's scope.
 */
public final class Listing {

    private Listing() {
    }

    /**
     * @param from    the entity and its alias, e.g. {@code "Audit a"}
     * @param fetches join fetches for the rows only (not the count), or ""
     * @param orderBy the order, e.g. {@code "a.dueFrom desc, a.id desc"}
     */
    public static <T, R> Page<R> page(EntityManager em, Class<T> type, String from, String fetches, Map<String, Object> filters,
                                      String orderBy, PageRequest paging, Function<T, R> view) {
        String alias = from.substring(from.lastIndexOf(' ') + 1);
        String where = QueryParameters.where(filters);
        TypedQuery<T> rows = em.createQuery("select " + alias + " from " + from + fetches + where + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + from + where, Long.class);
        QueryParameters.bind(filters, rows, count);
        return paging.page(rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), count.getSingleResult(), view);
    }
}
