package org.serviceaudit.server.problems;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.serviceaudit.server.platform.Database;

/**
 * Two requests changed the same thing at once and this one lost: a 409 the client can retry
 * after reloading. Any other database failure is a bug (500).
 */
public final class PersistenceConflictMapper {

    private PersistenceConflictMapper() {
    }

    static Response problem(RuntimeException e) {
        if (Database.isOptimisticLockFailure(e) || Database.isTransient(e)) {
            return ApiException.conflict("concurrent-change",
                    "another request changed the same data at the same moment; reload and try again").problem().toResponse();
        }
        if (Database.isUniqueViolation(e)) {
            return ApiException.conflict("duplicate", "this would duplicate something that exists already").problem().toResponse();
        }
        return UnexpectedExceptionMapper.problem(e);
    }

    @Provider
    public static class Persistence implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return problem(e);
        }
    }

    @Provider
    public static class Transactional implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return problem(e);
        }
    }
}
