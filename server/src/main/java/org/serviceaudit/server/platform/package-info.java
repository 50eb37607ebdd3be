/**
 * Plumbing every component shares: start-up (migrations, shipped templates, demo data),
 * readiness, the clock, scoring configuration and paging.
 */
package org.serviceaudit.server.platform;
