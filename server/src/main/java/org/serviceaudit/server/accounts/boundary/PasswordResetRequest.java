package org.serviceaudit.server.accounts.boundary;

/** The body of PUT /users/{id}/password: an admin sets a new password. */
public record PasswordResetRequest(String password) {
}
