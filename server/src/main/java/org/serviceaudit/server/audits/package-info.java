/**
 * Audits: a checklist to fill for a location, assigned to an auditor in a due window, then
 * submitted, reviewed (approved or returned) and published. Submissions are idempotent by
 * the UUID the client generates, and scored when they arrive.
 */
package org.serviceaudit.server.audits;
