package org.serviceaudit.server.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Website probes through the server: definitions over the API, runs of a site served from
 * this test on loopback (and of one that does not answer), on a schedule and by hand, with
 * their measures and the whole result read back.
 */
@ExtendWith(ArquillianExtension.class)
class WebsiteProbeIT {

    private static final Map<String, String> PAGES = Map.of(
            "/shop/", """
                    <html lang="sv"><body><h1>Butiken</h1><a href="/shop/vanliga-fragor">Vanliga frågor</a>
                    <p>Ring <a href="tel:+46812345678">08-123 456 78</a></p>
                    <script src="//code.jivosite.com/widget/AbC123" async></script></body></html>""",
            "/shop/vanliga-fragor", """
                    <html lang="sv"><body><h1>Vanliga frågor</h1>
                    <details><summary>Vilka dokument behövs?</summary>Ett företag behöver sitt registreringsbevis.</details>
                    <details><summary>Vad skiljer premium från standard?</summary>Premium har telefonsupport.</details>
                    <details><summary>Ger ni mängdrabatt?</summary>Ja, från tio licenser.</details>
                    <details><summary>Hur aktiverar jag programmet?</summary>Skriv in nyckeln från mejlet.</details>
                    <details><summary>Hur snabb är leveransen?</summary>Nyckeln kommer inom en minut.</details>
                    </body></html>""");

    private static HttpServer site;
    private static int closedPort;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    @BeforeAll
    static void start() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        site.createContext("/", exchange -> {
            String page = PAGES.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "<h1>Not found</h1>" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
    }

    @AfterAll
    static void stop() {
        site.stop(0);
    }

    private static String shop() {
        return "http://127.0.0.1:" + site.getAddress().getPort() + "/shop/";
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject awaitDone(Api api, long run) throws InterruptedException {
        return ProbeMail.await(() -> api.get("website-runs/" + run).expect(200).json(), r -> r.getString("state").equals("done"),
                "website run " + run + " done");
    }

    @Test
    void aRunByHandMeasuresTheSiteAndKeepsTheWholeResult() throws Exception {
        Api api = Api.admin(url);
        long client = api.client();
        long location = api.location(client);
        JsonObject probe = api.post("website-probes", Json.createObjectBuilder().add("clientId", client).add("locationId", location)
                .add("url", shop()).build()).expect(201).json();
        assertEquals("Europe/Stockholm", probe.getString("timeZone"), "the location's zone by default");
        Api.Reply started = api.post("website-probes/" + id(probe) + "/runs", "").expect(202);
        long run = id(started.json());
        assertTrue(started.location().endsWith("/api/website-runs/" + run));

        JsonObject done = awaitDone(api, run);
        assertTrue(done.getBoolean("reachable"));
        assertEquals(1.0, done.getJsonNumber("score").doubleValue(), done::toString);
        assertTrue(done.getBoolean("faqFound"));
        assertEquals(1, done.getInt("faqClicks"));
        assertEquals(5, done.getInt("faqPairs"));
        assertEquals(4, done.getInt("topicsCovered"));
        assertEquals(4, done.getInt("topicsTotal"));
        assertTrue(done.getBoolean("contactVisible"));
        assertTrue(done.getBoolean("chatPresent"));
        JsonObject result = done.getJsonObject("result");
        assertEquals(shop() + "vanliga-fragor", result.getJsonObject("faq").getString("url"));
        assertEquals("Hur aktiverar jag programmet?", result.getJsonObject("faq").getJsonArray("pairs").getJsonObject(3).getString("question"));
        assertEquals(List.of("jivo"), result.getJsonObject("chat").getJsonArray("vendors").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject listed = api.get("website-runs?clientId=" + client).expect(200).json();
        assertEquals(List.of(run), listed.getJsonArray("items").stream().map(i -> id(i.asJsonObject())).toList());
        assertFalse(listed.getJsonArray("items").getJsonObject(0).containsKey("result"), "lists leave the evidence out");
        assertEquals(1, api.get("website-runs?locationId=" + location + "&state=done").json().getInt("total"));
    }

    @Test
    void anUnreachableSiteIsADoneRunThatFailsEveryCheck() throws Exception {
        Api api = Api.admin(url);
        long probe = id(api.post("website-probes", Json.createObjectBuilder().add("clientId", api.client())
                .add("url", "http://127.0.0.1:" + closedPort + "/").build()).expect(201).json());
        JsonObject done = awaitDone(api, id(api.post("website-probes/" + probe + "/runs", "").expect(202).json()));
        assertFalse(done.getBoolean("reachable"));
        assertEquals("connection", done.getString("failureKind"));
        assertTrue(done.getString("failure").contains("127.0.0.1:" + closedPort), done::toString);
        assertEquals(0.0, done.getJsonNumber("score").doubleValue());
        assertEquals(8, done.getJsonObject("result").getJsonArray("failedChecks").size());
    }

    @Test
    void theClientsOwnTopicsAreChecked() throws Exception {
        Api api = Api.admin(url);
        long probe = id(api.post("website-probes", Json.createObjectBuilder().add("clientId", api.client()).add("url", shop())
                .add("topics", Json.createObjectBuilder()
                        .add("delivery", Json.createObjectBuilder().add("sv", Json.createArrayBuilder().add("leverans")))
                        .add("returns", Json.createObjectBuilder().add("sv", Json.createArrayBuilder().add("retur").add("ångerrätt"))))
                .build()).expect(201).json());
        JsonObject done = awaitDone(api, id(api.post("website-probes/" + probe + "/runs", "").expect(202).json()));
        assertEquals(1, done.getInt("topicsCovered"));
        assertEquals(2, done.getInt("topicsTotal"));
        assertEquals(Json.createObjectBuilder().add("delivery", true).add("returns", false).build(),
                done.getJsonObject("result").getJsonObject("topics"));
    }

    @Test
    void aScheduledProbeRunsOncePerCronTime() throws Exception {
        Api api = Api.admin(url);
        long probe = id(api.post("website-probes", Json.createObjectBuilder().add("clientId", api.client()).add("url", shop())
                .add("schedule", "*/4 * * * * *").add("timeZone", "Europe/Kyiv").build()).expect(201).json());
        ProbeMail.await(() -> api.get("website-runs?probeId=" + probe + "&state=done").expect(200).json().getInt("total"),
                n -> n >= 2, "two scheduled runs done");
        JsonObject stopped = api.put("website-probes/" + probe, Json.createObjectBuilder(api.get("website-probes/" + probe).json())
                .remove("id").add("enabled", false).build()).expect(200).json();
        assertFalse(stopped.containsKey("nextRunAt"));
        List<JsonObject> runs = api.get("website-runs?probeId=" + probe + "&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        Set<String> due = runs.stream().map(r -> r.getString("dueAt")).collect(Collectors.toSet());
        assertEquals(runs.size(), due.size(), "one run per scheduled time");
        assertTrue(due.stream().allMatch(t -> Instant.parse(t).getEpochSecond() % 4 == 0), due::toString);
        assertTrue(runs.stream().allMatch(r -> r.getString("trigger").equals("schedule")));
    }

    @Test
    void badDefinitionsAreRefusedNamingEveryFieldAtFault() {
        Api api = Api.admin(url);
        long client = api.client();
        long otherLocation = api.location(api.client());
        JsonObject problem = api.post("website-probes", Json.createObjectBuilder().add("clientId", client).add("locationId", otherLocation)
                .add("url", "ftp://shop.test/").add("schedule", "daily").add("timeZone", "Mars/Olympus").add("maxClicks", 9)
                .add("topics", Json.createObjectBuilder().add("delivery", Json.createObjectBuilder().add("sv", Json.createArrayBuilder().add(1))))
                .build()).problem(422);
        assertEquals(Set.of("/locationId", "/url", "/schedule", "/timeZone", "/maxClicks", "/topics"),
                problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("pointer")).collect(Collectors.toSet()),
                problem::toString);
        api.post("website-probes", Json.createObjectBuilder().add("url", shop()).build()).problem(422);
        api.post("website-probes/999999999/runs", "").problem(404);
        api.get("website-runs/999999999").problem(404);
        api.get("website-runs?state=lost").problem(400);
    }
}
