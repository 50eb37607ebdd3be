package org.serviceaudit.probes.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email probe against a real SMTP and IMAP server (GreenMail on loopback): the inquiry is
 * sent over SMTP, the business's answers land in the probe mailbox with the arrival times the
 * test gives them (IMAP APPEND with an INTERNALDATE, so no test waits for time to pass), and
 * the watcher picks them up over IMAP IDLE.
 */
class EmailProbeMailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    static final String PROBE = "anna.petrova@probe.test";
    static final String SHOP = "info@shop.test";
    static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z"); // a Friday, 16:00 in Stockholm

    private final List<MailboxWatcher> watchers = new ArrayList<>();
    private MailServer smtp;
    private MailServer imap;

    @BeforeEach
    void mailboxes() {
        mail.setUser(PROBE, PROBE, "probe-secret");
        mail.setUser(SHOP, SHOP, "shop-secret");
        smtp = new MailServer("127.0.0.1", mail.getSmtp().getPort(), MailServer.Security.PLAIN, null, null, Duration.ofSeconds(10));
        imap = new MailServer("127.0.0.1", mail.getImap().getPort(), MailServer.Security.PLAIN, PROBE, "probe-secret", Duration.ofSeconds(10));
    }

    @AfterEach
    void stopWatchers() {
        watchers.forEach(MailboxWatcher::close);
    }

    /** Opening hours of the shop: weekdays 9–18 in Stockholm. */
    static BusinessHours stockholm() {
        List<BusinessHours.Span> day = List.of(new BusinessHours.Span(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        return new BusinessHours(ZoneId.of("Europe/Stockholm"), Map.of(DayOfWeek.MONDAY, day, DayOfWeek.TUESDAY, day,
                DayOfWeek.WEDNESDAY, day, DayOfWeek.THURSDAY, day, DayOfWeek.FRIDAY, day));
    }

    private EmailProbeRun send(String language, String question) throws Exception {
        Inquiry inquiry = InquiryBank.shipped().compose(InquiryBank.shipped().question(language, question).orElseThrow(),
                "Anna Petrova", "Anna Petrova\n+46 70 555 01 23", TrackingToken.next());
        InquirySender.Sent sent = new InquirySender(smtp, Clock.fixed(T0, ZoneOffset.UTC)).send(inquiry, PROBE, SHOP, false);
        return new EmailProbeRun(inquiry, sent.sentAt(), Duration.ofHours(10), Duration.ofDays(3), stockholm());
    }

    /** The inquiry as the shop received it over SMTP. */
    private MimeMessage receivedByShop(String token) throws MessagingException {
        for (MimeMessage m : mail.getReceivedMessagesForDomain("shop.test")) {
            if (m.getMessageID().equals("<" + token + "@probe.test>")) {
                return m;
            }
        }
        throw new AssertionError("the shop did not receive inquiry " + token);
    }

    /** The shop's answer to an inquiry, threaded as a mail client threads it. */
    private MimeMessage answer(String token, String from, String text, Map<String, String> headers) throws Exception {
        MimeMessage reply = (MimeMessage) receivedByShop(token).reply(false);
        reply.setFrom(new InternetAddress(from));
        reply.setText(text, "UTF-8");
        for (var h : headers.entrySet()) {
            reply.setHeader(h.getKey(), h.getValue());
        }
        reply.saveChanges();
        return reply;
    }

    /** Puts a message into the probe mailbox as arrived at {@code at} (IMAP APPEND with INTERNALDATE). */
    private void arrives(MimeMessage message, Instant at) throws MessagingException {
        arrive(List.of(dated(message, at)));
    }

    private static MimeMessage dated(MimeMessage message, Instant at) throws MessagingException {
        return new MimeMessage(message) {
            @Override
            public Date getReceivedDate() {
                return Date.from(at);
            }
        };
    }

    private void arrive(List<MimeMessage> messages) throws MessagingException {
        Session session = Session.getInstance(imap.properties("imap"));
        try (Store store = session.getStore("imap")) {
            store.connect(imap.host(), imap.port(), PROBE, "probe-secret");
            store.getFolder("INBOX").appendMessages(messages.toArray(Message[]::new));
        }
    }

    private record Watch(ProbeMailbox mailbox, CountDownLatch changes, MailboxWatcher watcher) {
        void await(String what) throws InterruptedException {
            assertTrue(changes.await(30, TimeUnit.SECONDS), "no " + what + " within 30 s");
        }
    }

    private Watch watch(long lastUid, int expectedChanges, EmailProbeRun... runs) {
        CountDownLatch changes = new CountDownLatch(expectedChanges);
        ProbeMailbox mailbox = new ProbeMailbox(Phrases.shipped(), (run, match, message, assessment) -> changes.countDown());
        for (EmailProbeRun run : runs) {
            mailbox.add(run);
        }
        MailboxWatcher watcher = new MailboxWatcher(imap, "INBOX", 0, lastUid, Duration.ofSeconds(1), mailbox);
        watchers.add(watcher);
        watcher.start();
        return new Watch(mailbox, changes, watcher);
    }

    @Test
    void aPersonsReplyIsTimedToTheSecondAndGraded() throws Exception {
        EmailProbeRun run = send("en", "documents");
        Watch watch = watch(0, 1, run);
        Duration delay = Duration.ofHours(3).plusMinutes(27).plusSeconds(15);
        arrives(answer(run.inquiry().token(), "Sofia Martin <sofia@shop.test>", """
                Dear Anna,

                For a purchase by a company we need your company registration certificate. You can pay by invoice, 30 days.

                Best regards,
                Sofia Martin
                """, Map.of()), T0.plus(delay));
        watch.await("reply");

        EmailProbeRun.Result result = run.result();
        assertEquals(EmailProbeRun.State.REPLIED, result.state());
        long measured = result.repliedAfter().orElseThrow().toSeconds();
        assertTrue(Math.abs(measured - delay.toSeconds()) <= 1, "measured " + measured + " s, sent after " + delay.toSeconds() + " s");
        assertEquals(Duration.ofHours(2), result.businessReplyAfter().orElseThrow(),
                "sent Friday 16:00, the shop closes at 18:00: the rest of the wait was after hours");
        assertEquals(true, result.onTime().orElseThrow());
        assertTrue(result.checks().values().stream().allMatch(Check::pass), result.checks()::toString);
        assertEquals(1.0, result.score().orElseThrow(), "on time, every check passed (follow-up not known yet)");

        assertTrue(run.expire(T0.plus(Duration.ofDays(3))));
        assertFalse(run.result().checks().get(ReplyGrader.FOLLOW_UP).pass());
        assertEquals(0.9, run.result().score().orElseThrow(), 1e-9, "0.4 timing + 0.6 × 5/6 checks");
    }

    @Test
    void anAcknowledgementAndThenAPersonAreTimedSeparately() throws Exception {
        EmailProbeRun run = send("sv", "premium");
        Watch watch = watch(0, 2, run);
        arrives(answer(run.inquiry().token(), "Kundtjänst <noreply@shop.test>",
                "Tack för ditt meddelande. Vi har tagit emot ditt ärende och återkommer så snart som möjligt.",
                Map.of("Auto-Submitted", "auto-replied")), T0.plusSeconds(42));
        arrives(answer(run.inquiry().token(), "Karin Ek <karin@shop.test>", """
                Hej Anna!

                Skillnaden är att premium ingår med längre garanti och extra funktioner. Du kan uppgradera senare.

                Vänliga hälsningar
                Karin Ek
                """, Map.of()), T0.plus(Duration.ofHours(12)));
        watch.await("acknowledgement and reply");

        EmailProbeRun.Result result = run.result();
        assertEquals(EmailProbeRun.State.REPLIED, result.state());
        assertEquals(Duration.ofSeconds(42), result.acknowledgedAfter().orElseThrow());
        assertEquals(Duration.ofHours(12), result.repliedAfter().orElseThrow());
        assertEquals(false, result.onTime().orElseThrow(), "12 hours is over the 10-hour standard");
        assertEquals(0.4 * 0.8 + 0.6, result.score().orElseThrow(), 1e-9, "two hours late of ten: timing 0.8");
    }

    @Test
    void withoutAReplyTheRunEndsAsNoReplyAtItsDeadline() throws Exception {
        EmailProbeRun run = send("ru", "bulk");
        Watch watch = watch(0, 1, run);
        arrives(answer(run.inquiry().token(), "Отдел продаж <sales@shop.test>",
                "Здравствуйте! Ваше обращение принято, номер обращения 5512. Ответим в ближайшее время.", Map.of()),
                T0.plusSeconds(5));
        watch.await("acknowledgement");
        assertEquals(EmailProbeRun.State.ACKNOWLEDGED, run.state());
        assertFalse(run.expire(T0.plus(Duration.ofDays(3)).minusSeconds(1)), "not before the deadline");
        assertTrue(run.expire(T0.plus(Duration.ofDays(3))));
        EmailProbeRun.Result result = run.result();
        assertEquals(EmailProbeRun.State.NO_REPLY, result.state());
        assertEquals("no reply within 3 days", result.verdict().orElseThrow());
        assertEquals(0.0, result.score().orElseThrow());
        assertEquals(false, result.onTime().orElseThrow());
    }

    @Test
    void aBounceEndsTheRunAndADelayWarningDoesNot() throws Exception {
        EmailProbeRun run = send("en", "bulk");
        Watch watch = watch(0, 2, run);
        arrives(bounce(run.inquiry().token(), "delayed"), T0.plus(Duration.ofHours(4)));
        arrives(bounce(run.inquiry().token(), "failed"), T0.plus(Duration.ofDays(1)));
        watch.await("bounces");
        assertEquals(EmailProbeRun.State.BOUNCED, run.state());
        assertTrue(run.result().notes().get(0).startsWith("delivery delayed"), run.result().notes()::toString);
        assertEquals(0.0, run.result().score().orElseThrow());
    }

    private MimeMessage bounce(String token, String action) throws Exception {
        String raw = ("From: Mail Delivery System <MAILER-DAEMON@mx.probe.test>\r\nTo: " + PROBE + "\r\n"
                + "Subject: " + (action.equals("failed") ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)")
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.probe.test.\r\n\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.probe.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + SHOP + "\r\nAction: " + action + "\r\nStatus: " + (action.equals("failed") ? "5.1.1" : "4.4.1")
                + "\r\n\r\n--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + token + "@probe.test>\r\n"
                + "\r\n--b--\r\n");
        // A DSN does not thread and goes to the plain address: the token is found in the headers it returns.
        return Messages.parse(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRestartBetweenSendAndReplySendsOnceAndStillMatchesTheReply() throws Exception {
        EmailProbeRun run = send("uk", "bulk");
        Watch before = watch(0, 1, run);
        arrives(answer(run.inquiry().token(), "Магазин <info@shop.test>", "Дякуємо за звернення, ми отримали ваш лист.", Map.of()),
                T0.plusSeconds(30));
        before.await("acknowledgement");
        before.watcher().close();
        long lastUid = before.watcher().lastUid();

        // While the server is down the reply arrives; after the restart the runs are loaded again
        // (the same state, as the server keeps them) and the watch resumes after the last UID.
        arrives(answer(run.inquiry().token(), "Марія Шевченко <maria@shop.test>", """
                Добрий день, Анно!

                Так, на оптове замовлення від 30 штук діє знижка 10%.

                З повагою,
                Марія Шевченко
                """, Map.of()), T0.plus(Duration.ofHours(2)));
        Watch after = watch(lastUid, 1, run);
        after.await("reply after the restart");
        assertEquals(EmailProbeRun.State.REPLIED, run.state());
        assertEquals(Duration.ofSeconds(30), run.result().acknowledgedAfter().orElseThrow());
        assertEquals(1, after.mailbox().matched(), "the acknowledgement handled before the restart is not handed over again");
        assertEquals(1, mail.getReceivedMessagesForDomain("shop.test").length, "the inquiry was sent once");
    }

    @Test
    void hostileMailDoesNotStopTheWatchAndNothingIsMarked() throws Exception {
        EmailProbeRun run = send("en", "premium");
        Watch watch = watch(0, 1, run);
        Session session = Session.getInstance(Messages.baseProperties());
        List<MimeMessage> noise = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            MimeMessage spam = new MimeMessage(session);
            spam.setFrom(new InternetAddress("news" + i + "@elsewhere.test"));
            spam.setSubject("Newsletter " + i);
            spam.setText("Unrelated " + i);
            noise.add(dated(spam, T0.plusSeconds(i)));
        }
        arrive(noise);
        arrives(Messages.parse(new ByteArrayInputStream("no headers at all, just text".getBytes(StandardCharsets.UTF_8))), T0);
        arrives(Messages.parse(new ByteArrayInputStream(("From: x@y.test\r\nContent-Type: multipart/mixed; boundary=\"never\"\r\n"
                + "In-Reply-To: <" + run.inquiry().token() + "@elsewhere.test\r\n\r\n--other\r\nbroken").getBytes(StandardCharsets.UTF_8))), T0);
        arrives(Messages.parse(new ByteArrayInputStream(("From: z@y.test\r\nContent-Type: text/plain; charset=klingon-8\r\n"
                + "Subject: =?klingon-8?Q?qapla=27?=\r\n\r\n\u00ff\u00fe").getBytes(StandardCharsets.ISO_8859_1))), T0);
        MimeMessage big = new MimeMessage(session);
        big.setFrom(new InternetAddress("big@elsewhere.test"));
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("see attachment");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(new byte[20 * 1024 * 1024],
                "application/octet-stream")));
        attachment.setFileName("huge.bin");
        parts.addBodyPart(text);
        parts.addBodyPart(attachment);
        big.setContent(parts);
        arrives(big, T0);
        arrives(answer(run.inquiry().token(), "Peter Wood <peter@shop.test>", """
                Hi Anna,

                Premium includes extra features and three years of support; standard has the basic set. You can upgrade later.

                Best regards,
                Peter Wood
                """, Map.of()), T0.plus(Duration.ofHours(1)));
        watch.await("the reply among the noise");
        assertEquals(EmailProbeRun.State.REPLIED, run.state());
        assertEquals(Duration.ofHours(1), run.result().repliedAfter().orElseThrow());
        assertEquals(1, watch.mailbox().matched());
        assertEquals(1_004, watch.mailbox().unmatched());

        Session reader = Session.getInstance(imap.properties("imap"));
        try (Store store = reader.getStore("imap")) {
            store.connect(imap.host(), imap.port(), PROBE, "probe-secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(1_005, inbox.getMessageCount(), "nothing moved or deleted");
            assertEquals(0, inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), true)).length, "nothing marked seen");
        }
    }
}
