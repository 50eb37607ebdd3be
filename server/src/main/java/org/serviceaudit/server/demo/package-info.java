/**
 * Optional demo data ({@code SERVICEAUDIT_DEMO=true}): a client with locations and three
 * months of audits, so a newcomer sees a populated server at once.
 */
package org.serviceaudit.server.demo;
