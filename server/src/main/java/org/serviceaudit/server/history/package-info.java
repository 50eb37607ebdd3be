/**
 * Who changed what and when: submissions, reviews, publication, assignments, set-up and user
 * changes are each recorded in the transaction that makes them, so a change and its record
 * are stored together or not at all. Admins read the record through {@code /api/changes}.
 */
package org.serviceaudit.server.history;
