package org.serviceaudit.server.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceaudit.server.it.clock.AdjustableClock;
import org.serviceaudit.server.it.clock.ClockResource;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The email probe through the server: definitions over the API, runs sent over SMTP to a
 * shop on GreenMail, replies put into the probe mailbox with known arrival times, and the
 * runs' measures read back from the API. The deployment's clock can be moved forward
 * ({@link AdjustableClock}) to reach a give-up time without waiting for it.
 */
@ExtendWith(ArquillianExtension.class)
class EmailProbeIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war().addClasses(AdjustableClock.class, ClockResource.class);
    }

    @ArquillianResource
    URL url;

    @AfterEach
    void clockBack() {
        Api.admin(url).moveClock(Duration.ZERO);
    }


    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static long runNow(Api api, long probe) {
        Api.Reply started = api.post("email-probes/" + probe + "/runs", "").expect(202);
        assertTrue(started.location().endsWith("/api/email-runs/" + id(started.json())), started.location());
        assertEquals("scheduled", started.json().getString("state"));
        return id(started.json());
    }

    @Test
    void anAcknowledgementAndThenAPersonsReplyAreTimedSeparatelyAndGraded() throws Exception {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        long run = runNow(api, shop.probe(api, "en", "documents"));

        JsonObject sent = ProbeMail.awaitState(api, run, "sent");
        assertEquals(1, shop.inquiries().size(), "one inquiry reached the shop");
        MimeMessage inquiry = shop.inquiries().get(0);
        assertEquals(sent.getString("messageId"), inquiry.getMessageID());
        assertEquals(sent.getString("subject"), inquiry.getSubject());
        Instant sentAt = Instant.parse(sent.getString("sentAt"));

        shop.arrives(shop.answer("Shop <noreply@shop.test>", "Thank you for your message. We have received your request and will "
                + "get back to you as soon as possible.", Map.of("Auto-Submitted", "auto-replied")), sentAt.plusSeconds(300));
        ProbeMail.awaitState(api, run, "acknowledged");
        Duration delay = Duration.ofHours(3).plusMinutes(27).plusSeconds(15);
        shop.arrives(shop.answer("Sofia Martin <sofia@shop.test>", """
                Dear Anna,

                For a purchase by a company we need your company registration certificate. You can pay by invoice, 30 days.

                Best regards,
                Sofia Martin
                """, Map.of()), sentAt.plus(delay));
        JsonObject replied = ProbeMail.awaitState(api, run, "replied");

        assertEquals(300, replied.getJsonNumber("acknowledgedAfterSeconds").longValue(), 1.0);
        assertEquals(delay.toSeconds(), replied.getJsonNumber("repliedAfterSeconds").longValue(), 1.0, "measured within 1 s");
        assertTrue(replied.getBoolean("onTime"));
        JsonObject checks = replied.getJsonObject("checks");
        assertEquals(Set.of("uses_name", "signed_by_person", "answers_question", "no_negative_language", "no_risky_promises"),
                checks.keySet());
        assertTrue(checks.values().stream().allMatch(c -> c.asJsonObject().getBoolean("pass")), checks::toString);
        assertEquals(1.0, replied.getJsonNumber("score").doubleValue(), 1e-9);
        assertFalse(replied.getBoolean("finished"), "a follow-up is still waited for");

        List<JsonObject> messages = replied.getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(List.of("auto", "human"), messages.stream().map(m -> m.getString("messageClass")).toList());
        assertTrue(messages.get(1).getString("text").contains("company registration certificate"));
        assertTrue(messages.get(0).getJsonArray("evidence").toString().contains("Auto-Submitted"), messages.get(0)::toString);

        // The run is listed with its location and client, newest first.
        JsonObject listed = api.get("email-runs?probeId=" + replied.getJsonNumber("probeId") + "&state=replied").expect(200).json();
        assertEquals(List.of(run), listed.getJsonArray("items").stream().map(i -> id(i.asJsonObject())).toList());
        assertFalse(listed.getJsonArray("items").getJsonObject(0).containsKey("messages"), "lists leave the evidence out");
    }

    @Test
    void negativeWordsOnlyInTheQuotedOriginalAreNotHeldAgainstTheReply() throws Exception {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        long run = runNow(api, shop.probe(api, "en", "documents"));
        Instant sentAt = Instant.parse(ProbeMail.awaitState(api, run, "sent").getString("sentAt"));
        shop.arrives(shop.answer("Sofia Martin <sofia@shop.test>", """
                Dear Anna,

                We need your company registration certificate for the purchase; payment by invoice is fine.

                Best regards,
                Sofia Martin

                On Mon, 2 Nov 2026 at 10:00, Anna Petrova wrote:
                > Unfortunately your last answer was impossible to follow and we cannot wait.
                > This is not our problem, you said, unfortunately.
                """, Map.of()), sentAt.plus(Duration.ofHours(1)));
        JsonObject replied = ProbeMail.awaitState(api, run, "replied");
        assertTrue(replied.getJsonObject("checks").getJsonObject("no_negative_language").getBoolean("pass"),
                replied.getJsonObject("checks")::toString);
    }

    @Test
    void aBounceEndsTheRun() throws Exception {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        long run = runNow(api, shop.probe(api, "sv", "bulk"));
        JsonObject sent = ProbeMail.awaitState(api, run, "sent");
        String token = sent.getString("messageId").replaceAll("^<|@.*$", "");
        shop.arrives(new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), new java.io.ByteArrayInputStream(("From: Mail Delivery System <MAILER-DAEMON@mx.probe.test>\r\n"
                + "To: " + shop.probe + "\r\nSubject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.probe.test.\r\n\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.probe.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + shop.shop + "\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
                + "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + token + "@probe.test>\r\n\r\n--b--\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII))), Instant.parse(sent.getString("sentAt")).plusSeconds(30));
        JsonObject bounced = ProbeMail.awaitState(api, run, "bounced");
        assertEquals(0.0, bounced.getJsonNumber("score").doubleValue());
        assertFalse(bounced.getBoolean("onTime"));
        assertTrue(bounced.getBoolean("finished"));
    }

    @Test
    void withoutAReplyTheRunEndsAsNoReplyAtItsGiveUpTime() throws Exception {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        long probe = shop.probe(api, "ru", "bulk");
        long run = runNow(api, probe);
        JsonObject sent = ProbeMail.awaitState(api, run, "sent");
        Instant giveUpAt = Instant.parse(sent.getString("giveUpAt"));
        assertEquals(Duration.ofDays(3), Duration.between(Instant.parse(sent.getString("sentAt")), giveUpAt));

        Api.admin(url).moveClock(Duration.ofDays(3).minusMinutes(10));
        // A run of another probe that the expiry check must not touch, and this one still pending.
        assertEquals("sent", api.get("email-runs/" + run).json().getString("state"));
        Api.admin(url).moveClock(Duration.ofDays(3).plusMinutes(1));
        JsonObject ended = ProbeMail.awaitState(api, run, "no-reply");
        assertEquals("no reply within 3 days", ended.getString("verdict"));
        assertEquals(0.0, ended.getJsonNumber("score").doubleValue());
        assertFalse(ended.getBoolean("onTime"));
        assertTrue(ended.getBoolean("finished"));
    }

    @Test
    void aScheduledProbeRunsAtItsCronTimesInTheLocationsZoneOncePerTime() throws Exception {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        long probe = shop.probe(api, "uk", "premium");
        JsonObject scheduled = api.put("email-probes/" + probe, Json.createObjectBuilder(api.get("email-probes/" + probe).json())
                .remove("id").add("schedule", "*/5 * * * * *").build()).expect(200).json();
        Instant next = Instant.parse(scheduled.getString("nextRunAt"));
        assertEquals(0, ZonedDateTime.ofInstant(next, ZoneId.of(scheduled.getString("timeZone"))).getSecond() % 5);

        JsonObject first = ProbeMail.await(() -> api.get("email-runs?probeId=" + probe).expect(200).json().getJsonArray("items"),
                items -> items.size() >= 2, "two scheduled runs").getJsonObject(0);
        JsonObject stopped = api.put("email-probes/" + probe, Json.createObjectBuilder(api.get("email-probes/" + probe).json())
                .remove("id").add("enabled", false).build()).expect(200).json();
        assertFalse(stopped.containsKey("nextRunAt"), stopped::toString);

        List<JsonObject> runs = api.get("email-runs?probeId=" + probe + "&size=200").json().getJsonArray("items").getValuesAs(JsonObject.class);
        Set<String> dueTimes = runs.stream().map(r -> r.getString("dueAt")).collect(Collectors.toSet());
        assertEquals(runs.size(), dueTimes.size(), "one run per scheduled time");
        assertTrue(runs.stream().allMatch(r -> r.getString("trigger").equals("schedule")));
        assertTrue(dueTimes.stream().allMatch(t -> Instant.parse(t).getEpochSecond() % 5 == 0), dueTimes::toString);
        assertTrue(first.getString("subject").length() > 0);
        for (JsonObject r : runs) {
            ProbeMail.awaitRun(api, id(r), x -> !Set.of("scheduled", "sending").contains(x.getString("state")), "sent");
        }
        assertEquals(runs.size(), shop.inquiries().size(), "each run sent its inquiry once");
    }

    @Test
    void anSmtpServerThatCannotBeReachedIsTriedAgainAndTheInquirySentOnce() throws Exception {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        long run = runNow(api, shop.probe(api, "en", "bulk", port));
        JsonObject waiting = ProbeMail.awaitRun(api, run, r -> r.getInt("sendAttempts") >= 1, "with a failed attempt");
        assertEquals("scheduled", waiting.getString("state"), "waiting for the next attempt, not failed");
        assertTrue(waiting.getString("sendError").contains("cannot connect to 127.0.0.1:" + port), waiting::toString);

        com.icegreen.greenmail.util.GreenMail late = new com.icegreen.greenmail.util.GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        late.start();
        late.setUser(shop.probe, shop.probe, ProbeMail.PASSWORD);
        try {
            JsonObject sent = ProbeMail.awaitState(api, run, "sent");
            assertEquals(1, late.getReceivedMessages().length, "sent once, when the server could be reached");
            assertEquals(sent.getString("messageId"), late.getReceivedMessages()[0].getMessageID());
        } finally {
            late.stop();
        }
    }

    @Test
    void theMailboxPasswordIsWriteOnly() {
        Api api = Api.admin(url);
        ProbeMail shop = new ProbeMail(mail);
        Api.Reply created = api.post("mailboxes", shop.mailboxRequest()).expect(201);
        long mailbox = id(created.json());
        for (String body : List.of(created.body(), api.get("mailboxes/" + mailbox).body(), api.get("mailboxes?size=200").body())) {
            assertFalse(body.contains(ProbeMail.PASSWORD), body);
        }
        JsonObject view = api.get("mailboxes/" + mailbox).json();
        assertTrue(view.getBoolean("passwordSet"));
        assertFalse(view.containsKey("password"));
        JsonObject renamed = api.put("mailboxes/" + mailbox, Json.createObjectBuilder(shop.mailboxRequest()).remove("password")
                .add("name", "Renamed " + mailbox).build()).expect(200).json();
        assertTrue(renamed.getBoolean("passwordSet"), "leaving the password out keeps it");
        assertEquals("plain", renamed.getJsonObject("smtp").getString("security"));
        assertEquals("INBOX", renamed.getJsonObject("imap").getString("folder"));
    }

    @Test
    void badDefinitionsAreRefusedNamingEveryFieldAtFault() {
        Api api = Api.admin(url);
        JsonObject mailboxProblem = api.post("mailboxes", Json.createObjectBuilder().add("name", "x").add("address", "not an address")
                .add("smtp", Json.createObjectBuilder().add("host", "smtp example").add("port", 70000).add("security", "ssl"))
                .build()).problem(422);
        assertEquals(Set.of("/address", "/smtp/host", "/smtp/port", "/smtp/security", "/imap"), pointers(mailboxProblem));

        long location = api.location(api.client());
        JsonObject probeProblem = api.post("email-probes", Json.createObjectBuilder().add("locationId", location).add("mailboxId", 999_999_999)
                .add("targetAddress", "sales@shop.test").add("language", "de").add("customerName", "Anna")
                .add("schedule", "every monday").add("giveUpDays", 90).add("thresholdMinutes", 0).build()).problem(422);
        assertEquals(Set.of("/mailboxId", "/language", "/schedule", "/giveUpDays", "/thresholdMinutes"), pointers(probeProblem));

        long mailbox = id(api.post("mailboxes", new ProbeMail(mail).mailboxRequest()).expect(201).json());
        JsonObject question = api.post("email-probes", Json.createObjectBuilder().add("locationId", location).add("mailboxId", mailbox)
                .add("targetAddress", "sales@shop.test").add("language", "sv").add("questionId", "weather")
                .add("customerName", "Anna").build()).problem(422);
        assertTrue(question.getJsonArray("errors").getJsonObject(0).getString("detail").contains("documents"), question::toString);
        api.post("email-probes/999999999/runs", "").problem(404);
        api.get("email-runs?state=lost&from=yesterday").problem(400);
    }

    private static Set<String> pointers(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("pointer")).collect(Collectors.toSet());
    }
}
