/**
 * Automated probes run by the server: probe mailboxes, email probe definitions per location,
 * and their runs. The probes library does the mail work (compose, send, watch, classify,
 * grade, time); this component schedules runs exactly once across members (db-scheduler with
 * its JDBC table), persists every run with its evidence, and resumes the watch of pending
 * runs after a restart.
 */
package org.serviceaudit.server.probes;
