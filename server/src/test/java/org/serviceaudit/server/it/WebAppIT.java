package org.serviceaudit.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in Debian's headless Chromium against a real Payara Micro: an auditor fills a phone
 * audit with the call helpers, every item kind and a photo; the same offline through a relay that
 * is cut and restored; and a submission's way through review to the client's manager.
 */
@ExtendWith(ArquillianExtension.class)
class WebAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    /**
     * Chromium comes from Debian's packages (chromium, chromium-driver). Without them these tests
     * are skipped, unless SERVICEAUDIT_BROWSER_TESTS=required (as in CI), where that is a failure.
     */
    @BeforeAll
    static void chromium() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        if ("required".equals(System.getenv("SERVICEAUDIT_BROWSER_TESTS"))) {
            assertTrue(present, "/usr/bin/chromium and /usr/bin/chromedriver are required: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver); browser tests skipped");
    }

    private String app(int port) {
        return "http://127.0.0.1:" + port + url.getPath();
    }

    /** A client, a location, the all-kinds phone checklist and an auditor with an audit of it. */
    private record Fixture(Api admin, long client, long audit, Api.Account auditor) {
    }

    private Fixture phoneAudit() throws IOException {
        Api admin = Api.admin(url);
        try (InputStream in = getClass().getResourceAsStream("/webapp/phone-kit.json")) {
            int status = admin.post("templates", new String(in.readAllBytes(), StandardCharsets.UTF_8)).status();
            assertTrue(status == 201 || status == 200, "template import: " + status);
        }
        long client = admin.client();
        Api.Account auditor = admin.user("auditor", null);
        long audit = admin.audit(admin.location(client), "webapp-phone-kit", auditor.id(), "2026-11-01T00:00:00Z");
        return new Fixture(admin, client, audit, auditor);
    }

    private static void signIn(Browser b, String username, String password) {
        b.type("input[name=username]", username);
        b.type("input[name=password]", password);
        b.click("form button[type=submit]");
        b.find("header nav");
    }

    private static void signOut(Browser b) {
        b.click("header button.link");
        b.find("input[name=username]");
    }

    @Test
    void auditorFillsAPhoneAuditWithTheHelpersEveryKindAndAPhoto() throws Exception {
        Fixture f = phoneAudit();
        Path photo = photo(3000, 2000);
        try (Browser b = new Browser()) {
            b.open(app(url.getPort()));
            b.screenshot("01-sign-in");
            signIn(b, f.auditor().username(), f.auditor().password());
            b.find("a[data-audit='" + f.audit() + "']");
            b.screenshot("02-my-audits");
            b.click("a[data-audit='" + f.audit() + "']");

            b.click("button[data-phone=dial]");
            b.click("button[data-phone=ring]");
            b.click("button[data-phone=ring]");
            b.click("button[data-phone=answered]");
            b.click("button[data-phone=sales]");
            b.click("button[data-phone=holdStart]");
            b.click("button[data-phone=holdEnd]");
            assertEquals("2", b.find("[data-item=rings] input.number").getAttribute("value"));
            double toSales = Double.parseDouble(b.find("[data-item=to_sales] input.number").getAttribute("value"));
            double onHold = Double.parseDouble(b.find("[data-item=on_hold] input.number").getAttribute("value"));
            assertTrue(toSales >= 0 && toSales < 40 && onHold >= 0 && onHold < 60, toSales + " / " + onHold);
            b.find("details.standard summary").click();
            b.see("At most 3 rings");
            b.screenshot("03-phone-helpers");
            b.clickText("Next section ›");

            b.click("[data-item=greeting] input[value=false]");
            b.click("[data-item=greeting] details.comment summary");
            b.type("[data-item=greeting] details.comment textarea", "Said only \"hello\"");
            b.click("[data-item=thanks] input[value=true]");
            b.click("[data-item=ivr] input[value=na]");
            b.click("[data-item=voice] input[value='5']");
            b.click("[data-item=helps] input[value=answered]");
            b.clickText("Next section ›");

            b.type("[data-item=notes] textarea", "Called at lunch time; Привет, Ярослав, hej Åsa");
            b.driver.findElement(By.cssSelector("[data-item=screen] input[type=file]")).sendKeys(photo.toString());
            b.find("[data-item=screen] .photo-preview img");
            b.see("1600 × 1067 px");
            b.screenshot("04-photo");

            b.click("#submit");
            WebElement sent = b.find("span.status.sent[data-submission]");
            b.see("87.5");
            b.screenshot("05-outbox-sent");
            String submissionId = sent.getAttribute("data-submission");

            JsonArray submissions = f.admin().get("audits/" + f.audit() + "/submissions").expect(200).array();
            assertEquals(1, submissions.size(), submissions::toString);
            JsonObject stored = f.admin().get("audits/" + f.audit() + "/submissions/" + submissionId).expect(200).json();
            // The call 1.0 (all three within bounds); the conversation (0 + 1 + 1 + 1) / 4 with ivr N/A; notes are evidence.
            assertEquals(0.875, stored.getJsonNumber("score").doubleValue());
            assertEquals("favourable", stored.getString("band"));
            Map<String, JsonObject> answers = stored.getJsonArray("answers").stream().map(v -> v.asJsonObject())
                    .collect(Collectors.toMap(a -> a.getString("item"), Function.identity()));
            assertEquals(2, answers.get("rings").getInt("value"));
            assertEquals(toSales, answers.get("to_sales").getJsonNumber("value").doubleValue());
            assertEquals(onHold, answers.get("on_hold").getJsonNumber("value").doubleValue());
            assertEquals(false, answers.get("greeting").getBoolean("value"));
            assertEquals("Said only \"hello\"", answers.get("greeting").getString("comment"));
            assertEquals(true, answers.get("thanks").getBoolean("value"));
            assertTrue(answers.get("ivr").getBoolean("na"));
            assertEquals(5, answers.get("voice").getInt("value"));
            assertEquals("answered", answers.get("helps").getString("value"));
            assertEquals("Called at lunch time; Привет, Ярослав, hej Åsa", answers.get("notes").getString("value"));
            assertEquals(10, answers.size(), answers::toString);

            JsonArray photos = f.admin().get("audits/" + f.audit() + "/photos").expect(200).array();
            assertEquals(1, photos.size());
            JsonObject uploaded = photos.getJsonObject(0);
            assertEquals(answers.get("screen").getString("value"), uploaded.getString("id"));
            assertEquals(List.of(1600, 1067, "image/jpeg"), List.of(uploaded.getInt("width"), uploaded.getInt("height"),
                    uploaded.getString("contentType")));
            byte[] bytes = f.admin().download("audits/" + f.audit() + "/photos/" + uploaded.getString("id")).body();
            assertEquals(uploaded.getString("id"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    @Test
    void offlineTheDraftAndTheQueueSurviveReloadsAndArriveOnce() throws Exception {
        Fixture f = phoneAudit();
        try (Relay relay = new Relay(url.getPort()); Browser b = new Browser()) {
            b.tablet(false);
            b.open(app(relay.port()));
            signIn(b, f.auditor().username(), f.auditor().password());
            b.find("a[data-audit='" + f.audit() + "']");
            b.until(d -> Boolean.TRUE.equals(b.script("return navigator.serviceWorker.controller !== null")));

            relay.stop();
            b.driver.navigate().refresh();
            b.see("No connection: showing the audits saved on this tablet.");
            b.screenshot("06-offline-my-audits");
            b.click("a[data-audit='" + f.audit() + "']");
            b.click("[data-item=rings] button.bump[aria-label='One more']");
            b.click("[data-item=rings] button.bump[aria-label='One more']");
            b.type("[data-item=on_hold] input.number", "0");
            b.type("[data-item=to_sales] input.number", "12.5");
            b.until(d -> "2/12.5/0".equals(b.asyncScript("const done = arguments[arguments.length - 1];"
                    + "import(new URL('app/store.js', document.baseURI).href).then(m => m.store.get('drafts', arguments[0]))"
                    + ".then(d => done(['rings', 'to_sales', 'on_hold'].map(i => d?.values[i]?.value).join('/')), e => done(String(e)));",
                    f.audit())));
            b.see("Saved on this tablet");

            b.driver.navigate().refresh();
            assertEquals("2", b.find("[data-item=rings] input.number").getAttribute("value"));
            assertEquals("12.5", b.find("[data-item=to_sales] input.number").getAttribute("value"));
            b.clickText("Next section ›");
            b.click("#submit");
            b.see("item(s) to fix before submitting");
            b.screenshot("07-problems-before-submitting");
            b.click("[data-item=greeting] input[value=true]");
            b.click("[data-item=thanks] input[value=true]");
            b.click("[data-item=ivr] input[value=true]");
            b.click("[data-item=voice] input[value='4']");
            b.click("[data-item=helps] input[value=no_help]");
            b.click("#submit");
            b.find("span.status.waiting[data-submission]");

            b.driver.navigate().refresh();
            String submissionId = b.find("span.status.waiting[data-submission]").getAttribute("data-submission");
            b.see("1 waiting to send");
            b.screenshot("08-offline-outbox");
            assertEquals(0, f.admin().get("audits/" + f.audit() + "/submissions").expect(200).array().size());

            relay.start();
            b.click("#send-now");
            b.find("span.status.sent[data-submission='" + submissionId + "']");
            JsonArray once = f.admin().get("audits/" + f.audit() + "/submissions").expect(200).array();
            assertEquals(1, once.size());
            assertEquals(submissionId, once.getJsonObject(0).getString("id"));

            // The answer to a submission lost on the way: the app sends it again, the server keeps one.
            Object resent = b.asyncScript("const done = arguments[arguments.length - 1];"
                    + "import(new URL('app/outbox.js', document.baseURI).href).then(m => m.resend(arguments[0]))"
                    + ".then(() => done('ok'), e => done(String(e)));", submissionId);
            assertEquals("ok", resent);
            assertEquals(1, f.admin().get("audits/" + f.audit() + "/submissions").expect(200).array().size());
            JsonObject audit = f.admin().get("audits/" + f.audit()).expect(200).json();
            assertEquals(submissionId, audit.getString("submissionId"));
            // The call 1.0; the conversation (1 + 1 + 1 + 0.75 + 0) / 5 = 0.75.
            assertEquals(0.875, audit.getJsonNumber("score").doubleValue());
        }
    }

    @Test
    void returnedFixedApprovedPublishedAndReadByTheManager() throws Exception {
        Api admin = Api.admin(url);
        long client = admin.client();
        long location = admin.location(client);
        Api.Account auditor = admin.user("auditor", null);
        Api.Account manager = admin.user("manager", client);
        long audit = admin.audit(location, "phone-etiquette", auditor.id(), "2026-11-01T00:00:00Z");
        admin.signIn(auditor).post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers())).expect(201);

        try (Browser b = new Browser()) {
            b.open(app(url.getPort()));
            signIn(b, "admin", Api.ADMIN_PASSWORD);
            b.click("a[href='#/review/" + audit + "']");
            b.see("The employee named the department");
            b.type("#review-comment", "Ask for the department's name");
            b.screenshot("09-review");
            b.click("button[data-action=return]");
            b.until(d -> b.find("#audit-status").getText().equals("Returned"));
            signOut(b);

            signIn(b, auditor.username(), auditor.password());
            b.see("Reviewer: Ask for the department's name");
            b.click("a[data-audit='" + audit + "']");
            assertTrue(b.find("#review-comment").getText().contains("Ask for the department's name"));
            b.clickText("Next section ›");
            b.click("[data-item=greeting_department] input[value=true]");
            b.click("#submit");
            b.find("span.status.sent[data-submission]");
            signOut(b);

            signIn(b, "admin", Api.ADMIN_PASSWORD);
            b.click("a[href='#/review/" + audit + "']");
            b.click("button[data-action=approve]");
            b.until(d -> b.find("#audit-status").getText().equals("Approved"));
            b.click("button[data-action=publish]");
            b.see("Approved, to publish");
            assertEquals("published", admin.get("audits/" + audit).expect(200).json().getString("status"));
            assertEquals(0.9875, admin.get("audits/" + audit).expect(200).json().getJsonNumber("score").doubleValue());
            signOut(b);

            signIn(b, manager.username(), manager.password());
            b.find("#make-report");
            b.click("a[href='#/published']");
            b.click("a[data-audit='" + audit + "']");
            b.until(d -> b.find("#audit-score").getText().equals("98.8%"));
            b.screenshot("10-manager-audit");

            b.click("a[href='#/reports']");
            b.find("#report-month");
            b.script("document.getElementById('report-month').value = arguments[0]", YearMonth.now(ZoneOffset.UTC).toString());
            b.script("document.getElementById('report-lang').value = 'uk'");
            b.click("#make-report");
            b.until(d -> b.find("#report-message").getText().startsWith("Ready: service-quality-"));
            String name = b.find("#report-message").getText().substring("Ready: ".length());
            assertTrue(name.endsWith("-uk.pdf"), name);
            Path pdf = b.downloads.resolve(name);
            b.until(d -> Files.exists(pdf));
            b.screenshot("11-reports");
            try (InputStream in = Files.newInputStream(pdf)) {
                assertEquals("%PDF-", new String(in.readNBytes(5), StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void everyLanguageHasEveryMessage() {
        try (Browser b = new Browser()) {
            b.open(app(url.getPort()));
            b.find("input[name=username]");
            Object missing = b.asyncScript("const done = arguments[arguments.length - 1];"
                    + "import(new URL('app/messages.js', document.baseURI).href).then(({messages}) => {"
                    + "  const keys = Object.keys(messages.en);"
                    + "  done(Object.keys(messages).flatMap(l => keys.filter(k => !(k in messages[l])).map(k => l + ':' + k)).join(' '));"
                    + "}, e => done(String(e)));");
            assertEquals("", missing);
            b.script("document.getElementById('language').value = 'ru'; document.getElementById('language').dispatchEvent(new Event('change'))");
            b.see("Имя пользователя");
            b.driver.navigate().refresh();
            b.see("Имя пользователя");
            assertEquals("ru", b.script("return document.documentElement.lang"));
            assertEquals(List.of(), b.console(), "the console after using the app under its content security policy");
        }
    }

    @Test
    void theAppIsServedWithAPolicyThatAllowsOnlyItsOwnFiles() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(app(url.getPort()))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.body().contains("app/main.js"));
    }

    private static Path photo(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = Files.createTempFile("call-log", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
