package org.serviceaudit.server.probes.boundary;

import org.serviceaudit.server.probes.entity.Mailbox;

import java.time.Instant;
import java.util.Locale;

/**
 * A probe mailbox as the API shows it: never the password, only whether one is set and
 * whether it is stored encrypted.
 */
public record MailboxView(long id, String name, String address, MailServerView smtp, MailServerView imap, String username,
                          boolean passwordSet, boolean passwordEncrypted, boolean plusAddressing, Instant createdAt) {

    static MailboxView of(Mailbox m) {
        return new MailboxView(m.id(), m.name(), m.address(),
                new MailServerView(m.smtp().host(), m.smtp().port(), m.smtp().security().name().toLowerCase(Locale.ROOT), null),
                new MailServerView(m.imap().host(), m.imap().port(), m.imap().security().name().toLowerCase(Locale.ROOT), m.imapFolder()),
                m.username().orElse(null), m.passwordSecret().isPresent(),
                m.passwordSecret().map(s -> s.startsWith("v1:")).orElse(false), m.plusAddressing(), m.createdAt());
    }
}
