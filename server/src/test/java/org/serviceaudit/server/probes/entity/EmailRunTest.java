package org.serviceaudit.server.probes.entity;

import org.junit.jupiter.api.Test;
import org.serviceaudit.probes.email.InquiryBank;
import org.serviceaudit.probes.email.MailServer;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run is sent at most once: the transitions that guard it. */
class EmailRunTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private static EmailRun run() {
        Client client = new Client("Acme", T0);
        Location location = new Location(client, new Location.Details("Main street", null, ZoneId.of("Europe/Kyiv"), List.of(),
                null, null, null), T0);
        Mailbox mailbox = new Mailbox(new Mailbox.Settings("Anna", "anna@probe.test", new Mailbox.Server("smtp.test", 587,
                MailServer.Security.STARTTLS), new Mailbox.Server("imap.test", 993, MailServer.Security.TLS), "INBOX", "anna", false),
                "plain:secret", T0);
        EmailProbe probe = new EmailProbe(location, new EmailProbe.Definition(mailbox, "sales@shop.test", "en", Optional.empty(),
                "Anna Petrova", Optional.empty(), Optional.empty(), Duration.ofHours(10), 3, true), T0);
        InquiryBank bank = InquiryBank.shipped();
        return new EmailRun(probe, RunTrigger.MANUAL, T0, bank.compose(bank.questions("en").get(0), "Anna Petrova", "Anna", "k3jqx2p4mq7rt5vw6yza"));
    }

    @Test
    void aRunIsClaimedForSendingOnce() {
        EmailRun run = run();
        assertTrue(run.beginSending(T0));
        assertFalse(run.beginSending(T0), "a run being sent is not claimed again");
        run.sent("<k3jqx2p4mq7rt5vw6yza@probe.test>", T0.plusSeconds(1));
        assertFalse(run.beginSending(T0.plusSeconds(2)));
        assertEquals(Optional.of(T0.plusSeconds(1).plus(Duration.ofDays(3))), run.giveUpAt());
        assertTrue(run.active());
    }

    @Test
    void anUnreachableServerPutsTheRunBackCountingAttempts() {
        EmailRun run = run();
        run.beginSending(T0);
        assertEquals(1, run.notConnected("cannot connect to smtp.test:587"));
        assertEquals(EmailRunState.SCHEDULED, run.state());
        assertEquals(Optional.empty(), run.sendingAt());
        assertTrue(run.beginSending(T0.plusSeconds(60)), "claimed again for the next attempt");
        assertEquals(2, run.notConnected("again"));
        assertEquals(Optional.of("again"), run.sendError());
        assertThrows(IllegalStateException.class, () -> run.notConnected("not being sent"));
    }

    @Test
    void aRunThatIsSentCannotFailToBeSent() {
        EmailRun run = run();
        run.beginSending(T0);
        run.sent("<id@probe.test>", T0);
        assertThrows(IllegalStateException.class, () -> run.fail("late", T0));
        EmailRun other = run();
        other.beginSending(T0);
        other.fail("the server stopped", T0);
        assertEquals(EmailRunState.FAILED, other.state());
        assertFalse(other.active());
        assertTrue(other.finishedAt().isPresent());
    }
}
