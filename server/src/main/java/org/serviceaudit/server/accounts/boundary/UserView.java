package org.serviceaudit.server.accounts.boundary;

import org.serviceaudit.server.accounts.entity.User;

import java.time.Instant;

/**
 * A user as the API shows it: never the password or its hash.
 *
 * @param clientId   the manager's client; null for admins and auditors
 * @param canSignIn  false while disabled or before a password is set
 */
public record UserView(long id, String username, String displayName, String role, Long clientId, boolean enabled,
                       boolean canSignIn, Instant createdAt, Instant passwordChangedAt) {

    public static UserView of(User u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.role().code(), u.clientId().orElse(null), u.enabled(),
                u.canSignIn(), u.createdAt(), u.passwordChangedAt());
    }
}
