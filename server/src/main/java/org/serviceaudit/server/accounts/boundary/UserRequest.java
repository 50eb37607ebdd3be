package org.serviceaudit.server.accounts.boundary;

/**
 * The body of POST /users.
 *
 * @param role     admin, auditor or manager
 * @param clientId required for a manager, not allowed for anyone else
 * @param password the first password, under the password rules; the user can change it
 */
public record UserRequest(String username, String displayName, String role, Long clientId, String password) {
}
