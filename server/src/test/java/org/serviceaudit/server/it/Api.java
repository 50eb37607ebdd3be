package org.serviceaudit.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Talks to the server under test over HTTP on loopback, as any client would: anonymously, or
 * signed in as one user (then every request carries that user's bearer token).
 */
final class Api {

    // HTTP/1.1 as tablets and browsers use it here; the JDK client would otherwise try an h2c upgrade.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The first admin's password, given to the server as SERVICEAUDIT_ADMIN_PASSWORD by the build. */
    static final String ADMIN_PASSWORD = System.getProperty("serviceaudit.admin.password", "correct-horse-battery-7");

    private final URI base;
    private final String token;
    private Account fixtureAuditor;

    /** The WAR the build made, deployed as it is: the test checks what ships. */
    static WebArchive war() {
        File war = new File(System.getProperty("serviceaudit.war", "target/serviceaudit.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** Arquillian's URL names the host's address; the same server listens on loopback, which tests must use. */
    Api(URL deployment) {
        this(URI.create("http://127.0.0.1:" + deployment.getPort() + deployment.getPath()).resolve("api/"), null);
    }

    private Api(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signed in as the first admin. */
    static Api admin(URL deployment) {
        return new Api(deployment).signIn("admin", ADMIN_PASSWORD);
    }

    /** A user made by a test, with the password it was given. */
    record Account(long id, String username, String password) {
    }

    /** Signed in as this user; fails the test if the sign-in does. */
    Api signIn(String username, String password) {
        return as(attemptSignIn(username, password).expect(201).json().getString("token"));
    }

    /** A sign-in attempt without a token, whatever it answers. */
    Reply attemptSignIn(String username, String password) {
        return anonymous().post("sessions", Json.createObjectBuilder().add("username", username).add("password", password).build());
    }

    Api signIn(Account account) {
        return signIn(account.username(), account.password());
    }

    /** The same server with this bearer token (or anonymously, for null). */
    Api as(String token) {
        return new Api(base, token);
    }

    Api anonymous() {
        return as(null);
    }

    String token() {
        return token;
    }

    /** A new user with a unique name; for a manager, {@code client} is their client. Needs an admin. */
    Account user(String role, Long client) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw " + UUID.randomUUID();
        var body = Json.createObjectBuilder().add("username", username).add("displayName", "Test " + role)
                .add("role", role).add("password", password);
        if (client != null) {
            body.add("clientId", client);
        }
        return new Account(post("users", body.build()).expect(201).json().getJsonNumber("id").longValue(), username, password);
    }

    record Reply(int status, String contentType, String location, String body, HttpHeaders headers) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        Reply expect(int expected) {
            assertEquals(expected, status, () -> "status of a reply with body " + body);
            return this;
        }

        /** Asserts an RFC 9457 problem with this status and returns it. */
        JsonObject problem(int expected) {
            expect(expected);
            assertTrue(contentType != null && contentType.startsWith("application/problem+json"), () -> "content type " + contentType);
            JsonObject problem = json();
            assertEquals(expected, problem.getInt("status"));
            assertTrue(problem.containsKey("type") && problem.containsKey("title") && !problem.getString("detail").isBlank(),
                    problem::toString);
            return problem;
        }
    }

    /**
     * Moves the server's clock to run ahead of real time by the offset: only in deployments
     * that include {@code it.clock.AdjustableClock} and its resource.
     */
    void moveClock(Duration offset) {
        send(HttpRequest.newBuilder(base.resolve("test-clock/offset")).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(offset.toString()))).expect(200);
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A small PNG, different for every seed. */
    static byte[] png(int seed) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(seed * 7919 & 0xFFFFFF));
        g.fillRect(8, 8, 48, 32);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Reply post(String path, JsonValue json) {
        return post(path, json.toString());
    }

    Reply put(String path, JsonValue json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** A binary answer (a PDF): its status, content type, file name header and bytes. */
    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code n} requests released at the same instant, one thread each, and returns the replies in order. */
    static List<Reply> atOnce(int n, IntFunction<Reply> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                replies.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    // Fixtures: each test makes its own client, so tests share nothing and also pass on a
    // database that other runs have used (as the PostgreSQL one in CI is).

    long client() {
        return post("clients", Json.createObjectBuilder().add("name", "Client " + UUID.randomUUID()).build())
                .expect(201).json().getJsonNumber("id").longValue();
    }

    long location(long client) {
        return post("clients/" + client + "/locations", Json.createObjectBuilder()
                .add("name", "Main street").add("timeZone", "Europe/Stockholm")
                .add("openingHours", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "monday").add("opens", "09:00").add("closes", "18:00")))
                .build()).expect(201).json().getJsonNumber("id").longValue();
    }

    long audit(long location, String template) {
        return audit(location, template, "2026-11-01T00:00:00Z");
    }

    /** An audit assigned to an auditor this Api made for its fixtures. */
    long audit(long location, String template, String dueFrom) {
        if (fixtureAuditor == null) {
            fixtureAuditor = user("auditor", null);
        }
        return audit(location, template, fixtureAuditor.id(), dueFrom);
    }

    long audit(long location, String template, long auditor, String dueFrom) {
        return post("audits", Json.createObjectBuilder().add("locationId", location).add("templateId", template)
                .add("auditorId", auditor).add("dueFrom", dueFrom)
                .add("dueTo", java.time.Instant.parse(dueFrom).plus(Duration.ofDays(7)).toString())
                .build()).expect(201).json().getJsonNumber("id").longValue();
    }

    /** A complete, valid phone-etiquette answer set: one failed item (department), the rest passed. */
    static JsonArray phoneAnswers() {
        return Json.createArrayBuilder()
                .add(answer("rings", 2)).add(answer("time_to_sales", 35)).add(na("ivr"))
                .add(answer("greeting_company", true)).add(answer("greeting_name", true))
                .add(answer("greeting_department", false)).add(answer("opening_question", true))
                .add(answer("voice", 4)).add(Json.createObjectBuilder().add("item", "helps").add("value", "answered"))
                .add(answer("honesty", true)).add(na("hold")).add(answer("no_negative_language", true))
                .add(answer("no_risky_promises", true)).add(answer("thanks", true))
                .add(Json.createObjectBuilder().add("item", "call_notes").add("value", "Полезный звонок, спасибо"))
                .build();
    }

    static JsonObject submission(UUID id, JsonArray answers) {
        return Json.createObjectBuilder().add("submissionId", id.toString()).add("answers", answers).build();
    }

    static JsonObject answer(String item, boolean value) {
        return Json.createObjectBuilder().add("item", item).add("value", value).build();
    }

    static JsonObject answer(String item, int value) {
        return Json.createObjectBuilder().add("item", item).add("value", value).build();
    }

    static JsonObject na(String item) {
        return Json.createObjectBuilder().add("item", item).add("na", true).build();
    }
}
