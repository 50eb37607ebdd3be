package org.serviceaudit.server.audits.boundary;

/**
 * The body of POST /audits/{id}/review; the reviewer is the signed-in admin.
 *
 * @param decision {@code approve} or {@code return}
 * @param comment  required when returning: what the auditor should fix
 */
public record ReviewRequest(String decision, String comment) {
}
