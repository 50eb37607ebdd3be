package org.serviceaudit.server.probes.boundary;

import org.serviceaudit.probes.email.MailServer;
import org.serviceaudit.probes.net.AddressPolicy;
import org.serviceaudit.server.probes.entity.Mailbox;
import org.serviceaudit.server.problems.FieldErrors;

import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body of POST /mailboxes and PUT /mailboxes/{id}.
 *
 * @param address        the mystery customer's address: inquiries come from it, replies go to it
 * @param username       the account for both SMTP and IMAP; leave out for servers without authentication
 * @param password       write-only; on PUT, leaving it out keeps the stored one
 * @param plusAddressing whether the mail server delivers {@code name+tag@domain} to {@code name@domain}:
 *                       then replies are also matched by a tag in the Reply-To address
 */
public record MailboxRequest(String name, String address, MailServerView smtp, MailServerView imap, String username, String password,
                             Boolean plusAddressing) {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]{1,255}");

    Mailbox.Settings validSettings(AddressPolicy addresses) {
        FieldErrors errors = new FieldErrors()
                .text("/name", name, 200, true)
                .text("/address", address, 320, true)
                .check("/address", address, a -> EMAIL.matcher(a.strip()).matches(), "is not an e-mail address")
                .text("/username", username, 320, false)
                .text("/password", password, 1000, false)
                .required("/smtp", smtp)
                .required("/imap", imap);
        Mailbox.Server smtpServer = server("/smtp", smtp, errors, addresses);
        Mailbox.Server imapServer = server("/imap", imap, errors, addresses);
        String folder = imap == null || imap.folder() == null ? "INBOX" : imap.folder().strip();
        if (imap != null) {
            errors.text("/imap/folder", imap.folder(), 200, false);
        }
        if (smtp != null && smtp.folder() != null) {
            errors.add("/smtp/folder", "only the IMAP server has a folder");
        }
        errors.throwIfAny("the mailbox is not valid");
        return new Mailbox.Settings(name.strip(), address.strip(), smtpServer, imapServer, folder,
                username == null ? null : username.strip(), Boolean.TRUE.equals(plusAddressing));
    }

    private static Mailbox.Server server(String pointer, MailServerView view, FieldErrors errors, AddressPolicy addresses) {
        if (view == null) {
            return null;
        }
        errors.text(pointer + "/host", view.host(), 255, true)
                .check(pointer + "/host", view.host(), h -> HOST.matcher(h.strip()).matches(), "is not a host name or address")
                .required(pointer + "/port", view.port())
                .check(pointer + "/port", view.port(), p -> p >= 1 && p <= 65_535, "must be 1 to 65535")
                .required(pointer + "/security", view.security());
        MailServer.Security security = null;
        if (view.security() != null) {
            try {
                security = MailServer.Security.valueOf(view.security().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(pointer + "/security", "must be plain, starttls or tls, not '" + view.security() + "'");
            }
        }
        if (view.host() != null && HOST.matcher(view.host().strip()).matches()) {
            try {
                addresses.resolve(view.host().strip());
            } catch (AddressPolicy.RefusedAddressException refused) {
                errors.add(pointer + "/host", refused.getMessage() + " (serviceaudit.probes.allow-private-addresses)");
            } catch (UnknownHostException unknown) {
                // Not resolvable from here now; a run that cannot reach it fails with the reason.
            }
        }
        return security == null || view.port() == null ? null : new Mailbox.Server(view.host().strip(), view.port(), security);
    }
}
