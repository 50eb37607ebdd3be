package org.serviceaudit.probes.email;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach a mail server (SMTP to send, IMAP to watch).
 *
 * @param security {@code PLAIN} (no TLS: tests and local relays only), {@code STARTTLS}
 *                 (upgrade, required), or {@code TLS} (implicit, e.g. ports 465 and 993)
 * @param timeout  for connecting and each read; default 30 seconds
 */
public record MailServer(String host, int port, Security security, String username, String password, Duration timeout) {

    public enum Security { PLAIN, STARTTLS, TLS }

    public MailServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    /** Never the password: these records end up in logs and error messages. */
    @Override
    public String toString() {
        return security + " " + username + "@" + host + ":" + port;
    }

    Properties properties(String protocol) {
        Properties p = Messages.baseProperties();
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "host", host);
        p.setProperty(prefix + "port", Integer.toString(port));
        p.setProperty(prefix + "connectiontimeout", Long.toString(timeout.toMillis()));
        p.setProperty(prefix + "timeout", Long.toString(timeout.toMillis()));
        p.setProperty(prefix + "writetimeout", Long.toString(timeout.toMillis()));
        // Reading a message must never mark it seen (the folder is read-only as well).
        p.setProperty(prefix + "peek", "true");
        if (protocol.equals("smtp") || protocol.equals("smtps")) {
            p.setProperty(prefix + "auth", Boolean.toString(username != null));
        }
        switch (security) {
            case STARTTLS -> {
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty(prefix + "ssl.enable", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case PLAIN -> {
            }
        }
        return p;
    }
}
