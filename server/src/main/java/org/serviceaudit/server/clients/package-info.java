/**
 * The audited companies and their locations (shops, offices, call centres): where audits and
 * probes are aimed, with the time zone and opening hours that timing in business hours needs.
 */
package org.serviceaudit.server.clients;
