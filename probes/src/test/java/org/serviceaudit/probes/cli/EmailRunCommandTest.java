package org.serviceaudit.probes.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code probe email-run} against GreenMail: the inquiry goes out over SMTP, the shop answers, the result is printed. */
class EmailRunCommandTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    @Test
    void oneProbeFromInquiryToGradedReply() throws Exception {
        mail.setUser("anna.petrova@probe.test", "anna.petrova@probe.test", "probe-secret");
        mail.setUser("info@shop.test", "info@shop.test", "shop-secret");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = {"email-run", "--to", "info@shop.test", "--from", "anna.petrova@probe.test", "--customer", "Anna Petrova",
                "--question", "en/bulk", "--smtp", "127.0.0.1:" + mail.getSmtp().getPort(), "--smtp-security", "plain",
                "--imap", "127.0.0.1:" + mail.getImap().getPort(), "--imap-security", "plain", "--imap-user", "anna.petrova@probe.test",
                "--wait-hours", "1"};
        CompletableFuture<Integer> probe = CompletableFuture.supplyAsync(() -> Probe.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("PROBE_IMAP_PASSWORD", "probe-secret"), Clock.systemUTC()));

        assertTrue(mail.waitForIncomingEmail(30_000, 1), "the inquiry reached the shop");
        MimeMessage inquiry = mail.getReceivedMessagesForDomain("shop.test")[0];
        MimeMessage reply = (MimeMessage) inquiry.reply(false);
        reply.setFrom(new InternetAddress("james@shop.test", "James Hall"));
        reply.setText("Hello Anna,\n\nYes: 10% discount from 20 units, 15% from 50 units.\n\nKind regards,\nJames Hall\n", "UTF-8");
        java.util.Properties smtp = new java.util.Properties();
        smtp.setProperty("mail.smtp.host", "127.0.0.1");
        smtp.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        try (Transport transport = jakarta.mail.Session.getInstance(smtp).getTransport("smtp")) {
            transport.connect();
            reply.saveChanges();
            transport.sendMessage(reply, reply.getAllRecipients());
        }

        assertEquals(0, probe.get(60, TimeUnit.SECONDS), () -> err.toString(StandardCharsets.UTF_8));
        JsonObject result = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        assertEquals("replied", result.getString("state"), result::toString);
        assertEquals("<" + result.getString("token") + "@probe.test>", inquiry.getMessageID(), "the token is the inquiry's Message-ID");
        assertTrue(result.getJsonNumber("repliedAfterSeconds").longValue() < 60, result::toString);
        assertTrue(result.getBoolean("onTime"));
        assertTrue(result.getJsonObject("checks").getJsonObject("answers_question").getBoolean("pass"), result::toString);
        assertTrue(result.getJsonObject("checks").getJsonObject("uses_name").getBoolean("pass"), result::toString);
        assertEquals(1.0, result.getJsonNumber("score").doubleValue());
        assertTrue(inquiry.getFrom()[0].toString().contains("Anna Petrova"));
    }

    @Test
    void missingOptionsAreUsageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Probe.run(new String[]{"email-run", "--to", "info@shop.test"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("email-run needs --from"), err::toString);
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(2, Probe.run(new String[]{"email-run", "--to", "a@b.test", "--from", "c@d.test", "--customer", "C", "--question", "en/bulk",
                "--smtp", "localhost", "--imap", "localhost:143"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err2, true, StandardCharsets.UTF_8)));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("--smtp is HOST:PORT"), err2::toString);
    }
}
