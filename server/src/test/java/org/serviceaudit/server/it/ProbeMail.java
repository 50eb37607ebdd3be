package org.serviceaudit.server.it;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mail side of the email probe tests: a probe mailbox and a shop on GreenMail (a real
 * SMTP and IMAP server in the test JVM, on loopback), the shop's replies put into the probe
 * mailbox with a chosen arrival time (IMAP APPEND with INTERNALDATE), and waiting for the
 * server to act on them.
 */
final class ProbeMail {

    static final String PASSWORD = "probe-secret";

    final GreenMailOperations mail;
    final String probe;
    final String shop;

    /** A fresh probe mailbox and shop for one test, so tests share nothing. */
    ProbeMail(GreenMailOperations mail) {
        this.mail = mail;
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.probe = "anna-" + id + "@probe.test";
        this.shop = "sales-" + id + "@shop.test";
        mail.setUser(probe, probe, PASSWORD);
        mail.setUser(shop, shop, "shop-secret");
    }

    JsonObject mailboxRequest() {
        return mailboxRequest(mail.getSmtp().getPort());
    }

    /** With another SMTP server than GreenMail's, e.g. one that never answers. */
    JsonObject mailboxRequest(int smtpPort) {
        return Json.createObjectBuilder()
                .add("name", "Mailbox " + probe)
                .add("address", probe)
                .add("smtp", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", smtpPort).add("security", "plain"))
                .add("imap", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", mail.getImap().getPort()).add("security", "plain"))
                .add("username", probe)
                .add("password", PASSWORD)
                .build();
    }

    /** A mailbox and an email probe of a new location; returns the probe's id. */
    long probe(Api api, String language, String question) {
        return probe(api, language, question, mail.getSmtp().getPort());
    }

    long probe(Api api, String language, String question, int smtpPort) {
        long mailbox = api.post("mailboxes", mailboxRequest(smtpPort)).expect(201).json().getJsonNumber("id").longValue();
        long location = api.location(api.client());
        return api.post("email-probes", Json.createObjectBuilder().add("locationId", location).add("mailboxId", mailbox)
                .add("targetAddress", shop).add("language", language).add("questionId", question).add("customerName", "Anna Petrova")
                .build()).expect(201).json().getJsonNumber("id").longValue();
    }

    /** What the shop received over SMTP. */
    List<MimeMessage> inquiries() {
        return List.of(mail.getReceivedMessagesForDomain("shop.test")).stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(shop);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The shop's answer to its one inquiry, threaded as a mail client threads it. */
    MimeMessage answer(String from, String text, Map<String, String> headers) throws Exception {
        List<MimeMessage> received = inquiries();
        assertEquals(1, received.size(), "the shop received exactly one inquiry");
        MimeMessage reply = (MimeMessage) received.get(0).reply(false);
        reply.setFrom(new InternetAddress(from));
        reply.setText(text, "UTF-8");
        for (var h : headers.entrySet()) {
            reply.setHeader(h.getKey(), h.getValue());
        }
        reply.saveChanges();
        return reply;
    }

    /** Puts a message into the probe mailbox as arrived at {@code at}. */
    void arrives(MimeMessage message, Instant at) throws MessagingException {
        MimeMessage dated = new MimeMessage(message) {
            @Override
            public Date getReceivedDate() {
                return Date.from(at);
            }
        };
        Properties properties = new Properties();
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), probe, PASSWORD);
            store.getFolder("INBOX").appendMessages(new Message[]{dated});
        }
    }

    /**
     * Waits until the server has brought a run to the expected state and returns it. The
     * server works on its own threads (the scheduler, the mailbox watch): this waits for that
     * work, bounded, not for time to pass.
     */
    static JsonObject awaitRun(Api api, long run, Predicate<JsonObject> done, String what) throws InterruptedException {
        return await(() -> api.get("email-runs/" + run).expect(200).json(), done, "run " + run + " " + what);
    }

    /** Asks again until the answer is as expected, for 60 s at most; returns that answer. */
    static <T> T await(Supplier<T> ask, Predicate<T> done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = ask.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not " + what + " within 60 s: " + last);
    }

    static JsonObject awaitState(Api api, long run, String state) throws InterruptedException {
        return awaitRun(api, run, r -> r.getString("state").equals(state), state);
    }
}
