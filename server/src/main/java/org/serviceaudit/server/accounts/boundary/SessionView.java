package org.serviceaudit.server.accounts.boundary;

import java.time.Instant;

/**
 * A new sign-in: the token is shown this once; the server keeps only its hash.
 *
 * @param tokenType always {@code Bearer}: send {@code Authorization: Bearer <token>}
 */
public record SessionView(String token, String tokenType, Instant expiresAt, UserView user) {
}
