package org.serviceaudit.server.audits.boundary;

/** The body of PUT /audits/{id}/auditor: the auditor account the audit goes to. */
public record AssignmentRequest(Long auditorId) {
}
