/**
 * The Service Quality Index: one 0..1 figure per client and location for a period, combining
 * the channels (phone and visit checklists, email probe, website probe, chat) with each
 * client's weights, with its band, the number of audits and runs behind it, a confidence
 * interval and a warning when the sample is too small to rank on. The database aggregates;
 * Java only combines a handful of channel figures.
 */
package org.serviceaudit.server.quality;
