package org.serviceaudit.server.audits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.audits.entity.InvalidTransitionException;
import org.serviceaudit.server.audits.entity.Submission;
import org.serviceaudit.server.platform.Database;
import org.serviceaudit.server.problems.ApiException;

import java.util.Optional;

/**
 * Receives submissions so that a retry never stores anything twice and gets the same answer.
 *
 * <p>Runs outside a transaction on purpose: when the insert fails, its transaction is over,
 * and a fresh one can look up what is already stored under the id.
 */
@ApplicationScoped
public class SubmissionIngest {

    /** How often a transaction that lost a lock race (H2 lock timeout, deadlock) is tried. */
    static final int ATTEMPTS = 3;

    @Inject
    SubmissionStore store;

    /**
     * The stored submission; a retry of an earlier one returns that one. A retry can only
     * reach the replay once the insert has found the audit visible to the caller.
     */
    public Submission submit(long auditId, ParsedSubmission parsed, Caller caller) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.insert(auditId, parsed, caller);
            } catch (ApiException | InvalidTransitionException refused) {
                throw refused;
            } catch (RuntimeException e) {
                Optional<Submission> existing = store.find(parsed.id().toString());
                if (existing.isPresent()) {
                    return replay(existing.get(), auditId, parsed);
                }
                if (Database.isOptimisticLockFailure(e)) {
                    throw ApiException.conflict("concurrent-change", "audit " + auditId
                            + " was changed by another request at the same moment; reload it before submitting again");
                }
                if (!Database.isTransient(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Submission replay(Submission existing, long auditId, ParsedSubmission parsed) {
        if (!existing.sameAs(auditId, parsed.contentHash())) {
            throw ApiException.conflict("submission-id-reused", "submission " + parsed.id()
                    + " was already received with different content" + (existing.auditId() == auditId ? "" : " for another audit")
                    + "; a new submission needs a new submissionId");
        }
        return existing;
    }
}
