package org.serviceaudit.server.probes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.serviceaudit.probes.email.InquirySender;

import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends one run's inquiry, at most once: claim the run (its own transaction), make sure the
 * mailbox is watched, send over SMTP, record the send. Whatever fails before the SMTP
 * conversation fails the run with the reason and sends nothing; an SMTP server that cannot be
 * reached at all is tried again after pauses ({@code serviceaudit.probes.send-retries}).
 */
@ApplicationScoped
public class EmailRunSender {

    private static final Logger LOG = Logger.getLogger(EmailRunSender.class.getName());

    @Inject
    EmailRuns runs;
    @Inject
    MailboxWatchers watchers;
    @Inject
    ProbeSettings settings;
    @Inject
    Clock clock;

    /** @return when to try again, when the SMTP server could not be reached and attempts are left */
    public Optional<Instant> send(long runId) {
        Optional<EmailRuns.SendOrder> claimed = runs.claim(runId);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        EmailRuns.SendOrder order = claimed.get();
        try {
            watchers.expect(order.mailboxId(), EmailRuns.expected(order, clock.instant()));
        } catch (MessagingException | SecretBox.SecretException | UnknownHostException | RuntimeException e) {
            runs.failed(runId, "the probe mailbox cannot be read, so no inquiry was sent: " + reason(e));
            return Optional.empty();
        }
        InquirySender.Sent sent;
        try {
            settings.addresses().resolve(order.smtp().host());
            sent = new InquirySender(order.smtp(), clock).send(order.inquiry(), order.from(), order.to(), order.plusAddressing());
        } catch (InquirySender.NotConnectedException e) {
            // Nothing reached the server, so trying again cannot send the inquiry twice.
            watchers.forget(order.mailboxId(), order.inquiry().token());
            return runs.notConnected(runId, reason(e), settings.sendRetryPauses());
        } catch (MessagingException | UnknownHostException | RuntimeException e) {
            watchers.forget(order.mailboxId(), order.inquiry().token());
            runs.failed(runId, "the inquiry could not be sent: " + reason(e));
            return Optional.empty();
        }
        runs.sent(runId, sent.messageId(), sent.sentAt());
        LOG.fine(() -> "email run " + runId + " sent to " + order.to());
        return Optional.empty();
    }

    private static String reason(Exception e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && reason.length() < 1000; cause = cause.getCause()) {
            reason.append(": ").append(cause.getMessage());
        }
        return reason.toString();
    }
}
