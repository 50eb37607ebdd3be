package org.serviceaudit.server.accounts.control;

import jakarta.ws.rs.core.SecurityContext;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.accounts.entity.User;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in user of a request, as the authentication filter put it into the JAX-RS
 * {@link SecurityContext}. Boundaries pass it on to whatever scopes queries by the caller.
 *
 * @param tokenHash the hash of the bearer token this request came with, to revoke it at sign-out
 */
public record Caller(long userId, String username, Role role, Optional<Long> clientId, String tokenHash) implements Principal {

    /** The caller a user is; with an empty token hash for work done at start (first admin, demo data). */
    public static Caller of(User user, String tokenHash) {
        return new Caller(user.id(), user.username(), user.role(), user.clientId(), tokenHash);
    }

    /**
     * The caller of a request that passed the access check. Methods open to everyone
     * ({@code @Public}) have none and must not ask.
     */
    public static Caller of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no signed-in caller: the method must declare @Allowed");
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean is(Role role) {
        return this.role == role;
    }

    /** The manager's client; asking for it of anyone else is a programming error. */
    public long client() {
        return clientId.orElseThrow(() -> new IllegalStateException(username + " is not a manager"));
    }
}
