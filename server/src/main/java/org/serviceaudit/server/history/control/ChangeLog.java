package org.serviceaudit.server.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.history.entity.Change;

import java.time.Clock;

/**
 * Records a change in the caller's transaction ({@code MANDATORY}: a record written outside the
 * change it describes could survive a change that was rolled back).
 *
 * <p>Actions are {@code <subject>.<verb>}, such as {@code audit.published}; docs/api.md lists them.
 */
@ApplicationScoped
public class ChangeLog {

    static final int MAX_DETAIL = 1_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller by, String action, String subjectType, Object subjectId, String detail) {
        String shortened = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
        em.persist(new Change(clock.instant(), by.userId(), by.username(), action, subjectType, subjectId.toString(), shortened));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller by, String action, String subjectType, Object subjectId) {
        record(by, action, subjectType, subjectId, null);
    }
}
