package org.serviceaudit.server.platform;

import java.sql.SQLException;
import java.util.Set;

/** Reads what a failed database statement means, across H2 and PostgreSQL. */
public final class Database {

    /** SQLSTATE of a unique or primary-key violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** Failures where retrying the transaction can succeed: lock timeout (H2), serialization, deadlock. */
    private static final Set<String> TRANSIENT = Set.of("HYT00", "40001", "40P01", "55P03");

    private Database() {
    }

    public static boolean isUniqueViolation(Throwable e) {
        return sqlState(e).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    public static boolean isTransient(Throwable e) {
        return sqlState(e).filter(TRANSIENT::contains).isPresent();
    }

    /** Optimistic locking failed: another transaction changed the row first. */
    public static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && (s.getSQLState().equals(UNIQUE_VIOLATION) || TRANSIENT.contains(s.getSQLState()))) {
                        return java.util.Optional.of(s.getSQLState());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }
}
