package org.serviceaudit.server.accounts.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.control.Tokens;

import java.security.Principal;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's caller. It only identifies;
 * {@link AccessControl} decides. A token that is not valid is remembered, so the 401 that
 * follows can say "sign in again" rather than "sign in".
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    static final String TOKEN_PROBLEM = "serviceaudit.token-problem";
    private static final String SCHEME = "Bearer ";

    @Inject
    Tokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            request.setProperty(TOKEN_PROBLEM, "the Authorization header must be 'Bearer <token>'");
            return;
        }
        tokens.resolve(header.substring(SCHEME.length()).strip()).ifPresentOrElse(
                caller -> request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure())),
                () -> request.setProperty(TOKEN_PROBLEM, "the token has expired or was revoked; sign in again"));
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.role().code().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
