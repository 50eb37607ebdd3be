package org.serviceaudit.server.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceaudit.server.it.clock.AdjustableClock;
import org.serviceaudit.server.it.clock.ClockResource;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Service Quality Index against figures worked out by hand from a small fixture: two
 * locations; phone audits, a visit audit whose critical item failed (capped at 0), an audit
 * not yet published (not counted); an email probe with one reply and one non-responder; the
 * client's website that could not be reached; the default weights and the client's own; a
 * location too small to rank; the CSV of the same table; and who may read it.
 */
@ExtendWith(ArquillianExtension.class)
class IndexIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war().addClasses(AdjustableClock.class, ClockResource.class);
    }

    @ArquillianResource
    URL url;

    private static double num(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    /** An audit of the location with these answers, submitted by a new auditor, approved and (if asked) published; returns its score. */
    private static double audit(Api admin, long location, String template, JsonArray answers, boolean publish) {
        Api.Account auditor = admin.user("auditor", null);
        long audit = admin.audit(location, template, auditor.id(), Instant.now().minus(Duration.ofDays(1)).toString());
        admin.signIn(auditor).post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), answers)).expect(201);
        admin.post("audits/" + audit + "/review", Json.createObjectBuilder().add("decision", "approve").build()).expect(200);
        if (publish) {
            admin.post("audits/" + audit + "/publication", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        }
        return num(admin.get("audits/" + audit).json(), "score");
    }

    private static JsonArray allGoodPhone() {
        return Json.createArrayBuilder(Api.phoneAnswers()).set(5, Api.answer("greeting_department", true)).build();
    }

    private static Map<String, Object> byName(JsonObject index) {
        java.util.LinkedHashMap<String, Object> out = new java.util.LinkedHashMap<>();
        index.getJsonArray("locations").getValuesAs(JsonObject.class).forEach(l -> out.put(l.getString("name"), l));
        return out;
    }

    @Test
    void theIndexIsTheWeightedMeanOfTheChannelsWithData() throws Exception {
        Api admin = Api.admin(url);
        long client = admin.client();
        long north = admin.post("clients/" + client + "/locations", Json.createObjectBuilder().add("name", "North")
                .add("timeZone", "Europe/Stockholm").build()).expect(201).json().getJsonNumber("id").longValue();
        long south = admin.post("clients/" + client + "/locations", Json.createObjectBuilder().add("name", "=South, harbour")
                .add("timeZone", "Europe/Stockholm").build()).expect(201).json().getJsonNumber("id").longValue();

        // A visit template with a critical item: failing it caps the audit at 0.
        String visit = "index-visit-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("templates", Json.createObjectBuilder().add("id", visit).add("version", 1).add("channel", "visit")
                .add("title", Json.createObjectBuilder().add("en", "Visit"))
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "s").add("title",
                        Json.createObjectBuilder().add("en", "Store")).add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", "clean").add("kind", "yes_no").add("text", Json.createObjectBuilder().add("en", "Clean?"))
                                .add("standard", Json.createObjectBuilder().add("en", "No dirt or litter in the sales area")))
                        .add(Json.createObjectBuilder().add("id", "greets").add("kind", "yes_no").add("critical", true)
                                .add("dimensions", Json.createArrayBuilder().add("honesty"))
                                .add("text", Json.createObjectBuilder().add("en", "Greeted?"))
                                .add("standard", Json.createObjectBuilder().add("en", "Greeted within 30 s of entering"))))))
                .build()).expect(201);
        assertEquals("visit", admin.get("templates?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("id").equals(visit)).findFirst().orElseThrow().getString("channel"));

        double p1 = audit(admin, north, "phone-etiquette", Api.phoneAnswers(), true);
        double p2 = audit(admin, north, "phone-etiquette", allGoodPhone(), true);
        double v1 = audit(admin, north, visit, Json.createArrayBuilder().add(Api.answer("clean", true)).add(Api.answer("greets", false)).build(), true);
        audit(admin, north, "phone-etiquette", Api.phoneAnswers(), false);
        double p3 = audit(admin, south, "phone-etiquette", Json.createArrayBuilder(Api.phoneAnswers()).set(5, Json.createObjectBuilder(
                Api.answer("greeting_department", false)).add("comment", "Named the company only")).build(), true);
        assertEquals(0.0, v1, "a failed critical item caps the audit");
        assertTrue(p1 < p2, p1 + " " + p2);

        // Email at North: one reply after 2 hours, one never.
        ProbeMail shop = new ProbeMail(mail);
        long mailbox = admin.post("mailboxes", shop.mailboxRequest()).expect(201).json().getJsonNumber("id").longValue();
        long probe = admin.post("email-probes", Json.createObjectBuilder().add("locationId", north).add("mailboxId", mailbox)
                .add("targetAddress", shop.shop).add("language", "en").add("questionId", "documents").add("customerName", "Anna Petrova")
                .build()).expect(201).json().getJsonNumber("id").longValue();
        long answered = admin.post("email-probes/" + probe + "/runs", "").expect(202).json().getJsonNumber("id").longValue();
        Instant sentAt = Instant.parse(ProbeMail.awaitState(admin, answered, "sent").getString("sentAt"));
        shop.arrives(shop.answer("Sofia Martin <sofia@shop.test>", """
                Dear Anna,

                For a purchase by a company we need your company registration certificate.

                Best regards,
                Sofia Martin
                """, Map.of()), sentAt.plus(Duration.ofHours(2)));
        ProbeMail.awaitState(admin, answered, "replied");
        ProbeMail silent = new ProbeMail(mail);
        long mailbox2 = admin.post("mailboxes", silent.mailboxRequest()).expect(201).json().getJsonNumber("id").longValue();
        long probe2 = admin.post("email-probes", Json.createObjectBuilder().add("locationId", north).add("mailboxId", mailbox2)
                .add("targetAddress", silent.shop).add("language", "en").add("customerName", "Anna Petrova")
                .build()).expect(201).json().getJsonNumber("id").longValue();
        long unanswered = admin.post("email-probes/" + probe2 + "/runs", "").expect(202).json().getJsonNumber("id").longValue();
        ProbeMail.awaitState(admin, unanswered, "sent");
        try {
            admin.moveClock(Duration.ofDays(4));
            ProbeMail.awaitState(admin, unanswered, "no-reply");
            ProbeMail.awaitRun(admin, answered, r -> r.getBoolean("finished"), "finished");
        } finally {
            admin.moveClock(Duration.ZERO);
        }
        // The replied run's final score, with its follow-up check decided at the give-up time.
        double e1 = num(admin.get("email-runs/" + answered).json(), "score");

        // The client's website, unreachable: website 0 and chat 0 for every location.
        long site = admin.post("website-probes", Json.createObjectBuilder().add("clientId", client).add("url", "http://127.0.0.1:9/")
                .build()).expect(201).json().getJsonNumber("id").longValue();
        long siteRun = admin.post("website-probes/" + site + "/runs", "").expect(202).json().getJsonNumber("id").longValue();
        ProbeMail.await(() -> admin.get("website-runs/" + siteRun).expect(200).json(), r -> r.getString("state").equals("done"), "website run");

        String window = "clientId=" + client + "&from=" + Instant.now().minus(Duration.ofDays(3)) + "&to=" + Instant.now().plus(Duration.ofDays(10));
        JsonObject index = admin.get("index?" + window).expect(200).json();
        assertTrue(index.getBoolean("defaultWeights"));

        // North: phone (p1+p2)/2, visit 0, email (e1+0)/2, website 0, chat 0 with weights .3 .3 .2 .15 .05.
        JsonObject n = (JsonObject) byName(index).get("North");
        double phoneNorth = (p1 + p2) / 2;
        double emailNorth = e1 / 2;
        double expectedNorth = 0.3 * phoneNorth + 0.3 * 0 + 0.2 * emailNorth + 0.15 * 0 + 0.05 * 0;
        assertEquals(expectedNorth, num(n, "index"), 1e-4, n::toString);
        assertEquals(3, n.getInt("audits"), "the unpublished audit does not count");
        assertEquals(3, n.getInt("probeRuns"));
        assertFalse(n.getBoolean("smallSample"));
        assertEquals(1, n.getInt("rank"));
        double varPhone = (Math.pow(p1 - phoneNorth, 2) + Math.pow(p2 - phoneNorth, 2)) / 1 / 2;
        double varEmail = (Math.pow(e1 - emailNorth, 2) + Math.pow(0 - emailNorth, 2)) / 1 / 2;
        double half = 1.96 * Math.sqrt(0.09 * varPhone + 0.09 * 0.25 + 0.04 * varEmail + 0.0225 * 0.25 + 0.0025 * 0.25);
        assertEquals(Math.max(0, expectedNorth - half), num(n, "low"), 1e-4);
        assertEquals(Math.min(1, expectedNorth + half), num(n, "high"), 1e-4);
        JsonObject email = n.getJsonObject("email");
        assertEquals(2, email.getInt("runs"));
        assertEquals(1, email.getInt("noReply"));
        assertEquals(0.5, num(email, "shareOnTime"), 1e-9);
        assertEquals(0.5, num(email, "shareNeverReplied"), 1e-9);
        assertEquals(7200, email.getJsonNumber("medianReplySeconds").longValue(), 1.0);
        assertEquals(0.2, num(n.getJsonObject("channels").getJsonObject("email"), "weight"), 1e-9);

        // South: phone p3 and the client's website and chat (0); no visit or email: their weights drop out.
        JsonObject s = (JsonObject) byName(index).get("=South, harbour");
        assertEquals(0.3 * p3 / (0.3 + 0.15 + 0.05), num(s, "index"), 1e-4);
        assertTrue(s.getBoolean("smallSample"), "2 audits and runs are too few to rank on");
        assertFalse(s.containsKey("rank"));
        assertFalse(s.getJsonObject("channels").containsKey("visit"));

        // The client as a whole.
        JsonObject total = index.getJsonObject("total");
        assertEquals(0.3 * (p1 + p2 + p3) / 3 + 0.2 * emailNorth, num(total, "index"), 1e-4);
        assertEquals(4, total.getInt("audits"));

        // Behind the index: the items failed most often, the honesty profile, the sections, the trend.
        JsonObject details = admin.get("index/details?" + window + "&periods=3").expect(200).json();
        List<JsonObject> failed = details.getJsonArray("mostFailed").getValuesAs(JsonObject.class);
        assertEquals(List.of("greeting_department", "greets"), failed.stream().map(f -> f.getString("itemId")).toList());
        assertEquals(List.of(2, 1), failed.stream().map(f -> f.getInt("failed")).toList(), "the unpublished audit does not count");
        assertEquals(List.of(3, 1), failed.stream().map(f -> f.getInt("asked")).toList());
        assertEquals("Greeted?", failed.get(1).getString("text"));
        assertEquals(List.of("Named the company only"), failed.get(0).getJsonArray("comments").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "the auditors' comments where the item failed");
        // Honesty: the phone items tagged with it passed in all three phone audits; the visit's "greets" (weight 1) failed.
        double honestyWeight = admin.get("templates/phone-etiquette").json().getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(section -> section.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .filter(item -> item.containsKey("dimensions") && item.getJsonArray("dimensions").toString().contains("\"honesty\""))
                .mapToDouble(item -> item.containsKey("weight") ? num(item, "weight") : 1.0).sum();
        JsonObject honesty = details.getJsonArray("dimensions").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("dimension").equals("honesty")).findFirst().orElseThrow();
        assertEquals(3 * honestyWeight / (3 * honestyWeight + 1), num(honesty, "score"), 1e-4, honesty::toString);
        JsonObject store = details.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("templateId").equals(visit)).findFirst().orElseThrow();
        assertEquals("Store", store.getString("title"));
        assertEquals(0.0, num(store, "score"), "capped by the failed critical item");
        List<JsonObject> trend = details.getJsonArray("trend").getValuesAs(JsonObject.class);
        assertEquals(3, trend.size());
        assertFalse(trend.get(0).containsKey("index"), "nothing before the fixture");
        assertEquals(num(total, "index"), num(trend.get(2), "index"), 1e-9);
        JsonObject northOnly = admin.get("index/details?" + window + "&locationId=" + north).expect(200).json();
        assertEquals(1, northOnly.getJsonArray("mostFailed").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("itemId").equals("greeting_department")).findFirst().orElseThrow().getInt("failed"));
        admin.get("index/details?" + window + "&locationId=" + admin.location(admin.client())).problem(404);

        // The client's own weights: only the checklists count.
        admin.put("clients/" + client + "/index-weights", Json.createObjectBuilder().add("phone", 1).add("visit", 1).add("email", 0)
                .add("website", 0).add("chat", 0).build()).expect(200);
        JsonObject weighted = admin.get("index?" + window).expect(200).json();
        assertFalse(weighted.getBoolean("defaultWeights"));
        assertEquals((phoneNorth + 0) / 2, num((JsonObject) byName(weighted).get("North"), "index"), 1e-4);
        assertNull(((JsonObject) byName(weighted).get("North")).getJsonObject("channels").getJsonObject("email").get("weight"),
                "a channel weighed 0 has data but no share");

        // The same table as CSV.
        Api.Reply csv = admin.get("index/csv?" + window).expect(200);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("\uFEFFlevel,location_id,name,period,index,band"), lines.get(0));
        assertTrue(lines.get(2).startsWith("location," + north + ",North,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("location," + south + ",\"'=South, harbour\","), "quoted, and not a formula: " + lines.get(3));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("service-quality-index-" + client));

        // Who may read it.
        Api manager = admin.signIn(admin.user("manager", client));
        manager.get("index?" + window).expect(200);
        admin.signIn(admin.user("manager", admin.client())).get("index?" + window).problem(404);
        admin.get("index?clientId=" + client).problem(400);
        admin.get("index?clientId=" + client + "&period=2026-13").problem(400);
        admin.get("index?clientId=" + client + "&period=2026-11&zone=Mars/Olympus").problem(400);
        assertEquals("2026-Q4", admin.get("index?clientId=" + client + "&period=2026-q4").json().getString("period"));
        admin.put("clients/" + client + "/index-weights", Json.createObjectBuilder().add("phone", 0).add("visit", 0).add("email", 0)
                .add("website", 0).add("chat", 0).build()).problem(422);
    }

}
