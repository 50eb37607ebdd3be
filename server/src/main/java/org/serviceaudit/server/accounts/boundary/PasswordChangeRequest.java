package org.serviceaudit.server.accounts.boundary;

/** The body of PUT /me/password. */
public record PasswordChangeRequest(String currentPassword, String newPassword) {
}
