/**
 * Automated probes, usable without the server: the email probe ({@code email}) sends a mystery
 * customer's inquiry, watches the mailbox for replies, classifies and grades them; the
 * command line ({@code cli}) runs them by hand.
 */
package org.serviceaudit.probes;
