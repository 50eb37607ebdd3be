package org.serviceaudit.server.audits.boundary;

/** The body of POST /audits/{id}/publication. */
public record PublicationRequest(String publishedBy) {
}
