package org.serviceaudit.probes.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.util.MailConnectException;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Sends an inquiry as the mystery customer would, over SMTP (Angus Mail). The Message-ID's
 * local part is the inquiry's token, and with plus addressing on, the Reply-To is the
 * customer's address tagged with it; both survive a reply, so it finds its way back.
 */
public final class InquirySender {

    private final MailServer smtp;
    private final Clock clock;

    public InquirySender(MailServer smtp, Clock clock) {
        this.smtp = smtp;
        this.clock = clock;
    }

    /**
     * The SMTP server could not be reached at all, so nothing was sent: unlike a failure later
     * in the conversation, trying again cannot deliver the inquiry twice.
     */
    public static final class NotConnectedException extends MessagingException {
        NotConnectedException(String message, Exception cause) {
            super(message, cause);
        }
    }

    /** What was sent: the Message-ID to thread replies by, and when (our clock, the start of every timing). */
    public record Sent(String messageId, Instant sentAt) {
    }

    /**
     * @param from          the mystery customer's address (the probe mailbox)
     * @param plusAddressing whether the mailbox's server delivers {@code local+tag@domain} to it
     * @throws NotConnectedException the server could not be reached; nothing was sent
     */
    public Sent send(Inquiry inquiry, String from, String to, boolean plusAddressing) throws MessagingException {
        Session session = Session.getInstance(smtp.properties("smtp"));
        String domain = from.substring(from.lastIndexOf('@') + 1);
        String messageId = "<" + inquiry.token() + "@" + domain + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            message.setFrom(new InternetAddress(from, inquiry.customerName(), "UTF-8"));
            if (plusAddressing) {
                message.setReplyTo(new InternetAddress[]{
                        new InternetAddress(TrackingToken.plusAddress(from, inquiry.token()), inquiry.customerName(), "UTF-8")});
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every JVM has UTF-8", e);
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(inquiry.subject(), "UTF-8");
        message.setText(inquiry.body(), "UTF-8");
        Instant sentAt = clock.instant();
        message.setSentDate(Date.from(sentAt));
        message.saveChanges();
        try {
            if (smtp.username() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, smtp.username(), smtp.password());
            }
        } catch (MailConnectException e) {
            throw new NotConnectedException("cannot connect to " + smtp.host() + ":" + smtp.port() + ": " + e.getMessage(), e);
        }
        return new Sent(messageId, sentAt);
    }
}
