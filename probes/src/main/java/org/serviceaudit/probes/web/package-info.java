/**
 * The website probe. {@link org.serviceaudit.probes.web.WebFetcher} fetches pages safely,
 * {@link org.serviceaudit.probes.web.FaqFinder} follows links from the home page to the FAQ,
 * {@link org.serviceaudit.probes.web.FaqExtractor} reads its question/answer pairs,
 * {@link org.serviceaudit.probes.web.Topics} checks them against the client's topics,
 * {@link org.serviceaudit.probes.web.ContactDetector} and
 * {@link org.serviceaudit.probes.web.ChatDetector} look at the home and contact pages, and
 * {@link org.serviceaudit.probes.web.WebsiteProbe} puts it together into measures and a score.
 */
package org.serviceaudit.probes.web;
