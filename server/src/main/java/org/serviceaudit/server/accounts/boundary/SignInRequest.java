package org.serviceaudit.server.accounts.boundary;

/** The body of POST /sessions. */
public record SignInRequest(String username, String password) {
}
