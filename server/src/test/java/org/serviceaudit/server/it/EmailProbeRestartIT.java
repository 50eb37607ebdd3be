package org.serviceaudit.server.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server stopped between sending an inquiry and the reply's arrival, and started again on
 * the same database: the inquiry is not sent again, and the reply that arrived meanwhile is
 * still matched, timed and graded; a server killed in the middle of the SMTP conversation
 * does not send the inquiry again. The real server jar runs twice, with GreenMail here.
 */
class EmailProbeRestartIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path work;

    @Test
    void aRestartBetweenSendAndReplySendsOnceAndStillMatchesTheReply() throws Exception {
        String database = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";LOCK_TIMEOUT=10000";
        Map<String, String> environment = Map.of(
                "SERVICEAUDIT_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "SERVICEAUDIT_SECRET_KEY", Base64.getEncoder().encodeToString("a test key of thirty-two bytes!!".getBytes()),
                "SERVICEAUDIT_PROBES_ALLOW_PRIVATE_ADDRESSES", "true",
                "SERVICEAUDIT_SCHEDULER_POLLING_INTERVAL", "PT1S");
        ProbeMail shop = new ProbeMail(mail);
        long run;
        Instant sentAt;
        try (ServerJar first = ServerJar.start(database, environment, work.resolve("first.log"))) {
            Api api = Api.admin(first.url());
            long probe = shop.probe(api, "en", "documents");
            run = api.post("email-probes/" + probe + "/runs", "").expect(202).json().getJsonNumber("id").longValue();
            sentAt = Instant.parse(ProbeMail.awaitState(api, run, "sent").getString("sentAt"));
            assertTrue(api.get("mailboxes/" + api.get("email-probes/" + probe).json().getJsonNumber("mailboxId")).json()
                    .getBoolean("passwordEncrypted"), "with a key configured the password is stored encrypted");
        }

        // While no server runs, the shop answers.
        shop.arrives(shop.answer("Sofia Martin <sofia@shop.test>", """
                Dear Anna,

                For a purchase by a company we need your company registration certificate. You can pay by invoice, 30 days.

                Best regards,
                Sofia Martin
                """, Map.of()), sentAt.plus(Duration.ofHours(2)));

        try (ServerJar second = ServerJar.start(database, environment, work.resolve("second.log"))) {
            Api api = Api.admin(second.url());
            JsonObject replied = ProbeMail.awaitState(api, run, "replied");
            assertEquals(Duration.ofHours(2).toSeconds(), replied.getJsonNumber("repliedAfterSeconds").longValue(), 1.0);
            assertEquals(1.0, replied.getJsonNumber("score").doubleValue(), 1e-9);
            assertTrue(second.log().contains("watching probe mailbox"), "the mailbox is watched again after the restart");
        }
        assertEquals(1, shop.inquiries().size(), "the inquiry was sent once");
        assertFalse(java.nio.file.Files.readString(work.resolve("first.log")).contains(ProbeMail.PASSWORD), "no password in the log");
    }

    @Test
    void aServerKilledDuringTheSmtpConversationNeverSendsTheInquiryAgain() throws Exception {
        String database = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";LOCK_TIMEOUT=10000";
        Map<String, String> environment = Map.of(
                "SERVICEAUDIT_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "SERVICEAUDIT_PROBES_ALLOW_PRIVATE_ADDRESSES", "true",
                "SERVICEAUDIT_PROBES_MAIL_TIMEOUT", "PT5M",
                "SERVICEAUDIT_SCHEDULER_POLLING_INTERVAL", "PT1S",
                "SERVICEAUDIT_SCHEDULER_HEARTBEAT_INTERVAL", "PT1S");
        ProbeMail shop = new ProbeMail(mail);
        // An SMTP server that takes the connection and never says a word: the send hangs in the middle.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                        connections.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            long run;
            try (ServerJar first = ServerJar.start(database, environment, work.resolve("first.log"))) {
                Api api = Api.admin(first.url());
                run = api.post("email-probes/" + shop.probe(api, "en", "documents", silent.getLocalPort()) + "/runs", "")
                        .expect(202).json().getJsonNumber("id").longValue();
                ProbeMail.await(connections::get, n -> n > 0, "the server opened the SMTP conversation");
                assertEquals(1, connections.get());
                assertEquals("sending", api.get("email-runs/" + run).json().getString("state"));
                first.kill();
            }
            try (ServerJar second = ServerJar.start(database, environment, work.resolve("second.log"))) {
                JsonObject failed = ProbeMail.awaitState(Api.admin(second.url()), run, "failed");
                assertTrue(failed.getString("failure").contains("stopped while sending"), failed::toString);
                assertTrue(failed.getBoolean("finished"));
            }
            assertEquals(1, connections.get(), "the half-sent inquiry was not sent again");
            for (Socket s : held) {
                s.close();
            }
        }
        assertEquals(0, shop.inquiries().size());
    }
}
