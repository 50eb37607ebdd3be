package org.serviceaudit.server.probes.boundary;

/**
 * A mail server of a probe mailbox.
 *
 * @param security {@code plain} (tests and local relays only), {@code starttls} or {@code tls}
 * @param folder   IMAP only: the folder replies arrive in; default {@code INBOX}
 */
public record MailServerView(String host, Integer port, String security, String folder) {
}
