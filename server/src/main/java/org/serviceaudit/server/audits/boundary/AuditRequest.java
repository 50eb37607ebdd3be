package org.serviceaudit.server.audits.boundary;

import java.time.Instant;

/**
 * The body of POST /audits.
 *
 * @param templateVersion optional: the latest version of the template by default
 * @param auditorId       the enabled auditor account that fills it in
 * @param dueFrom         start of the window in which the audit is to be done (ISO-8601 instant)
 * @param dueTo           end of that window, after {@code dueFrom}
 */
public record AuditRequest(Long locationId, String templateId, Integer templateVersion, Long auditorId,
                           Instant dueFrom, Instant dueTo) {
}
