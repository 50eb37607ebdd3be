package org.serviceaudit.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clients, locations, audits and their lifecycle through the HTTP API of a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class AuditLifecycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    private Api api() {
        return Api.admin(url);
    }

    @Test
    void submissionIsScoredAndReadBack() {
        Api api = api();
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        UUID id = UUID.randomUUID();
        Api.Reply created = api.post("audits/" + audit + "/submissions", Api.submission(id, Api.phoneAnswers())).expect(201);
        assertTrue(created.location().endsWith("/api/audits/" + audit + "/submissions/" + id), created.location());

        // answering 1.0, greeting 0.75 (no department), conversation (0.75 + 1 + 1 + 1 + 1) / 5 = 0.95, closing 1.0
        JsonObject stored = api.get("audits/" + audit + "/submissions/" + id).expect(200).json();
        assertEquals(0.925, stored.getJsonNumber("score").doubleValue());
        assertEquals("secure", stored.getString("band"));
        assertEquals(List.of("greeting_department"), stored.getJsonArray("failedItems").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of(1.0, 0.75, 0.95, 1.0), stored.getJsonArray("sections").stream()
                .map(s -> s.asJsonObject().getJsonNumber("score").doubleValue()).toList());
        assertEquals("Полезный звонок, спасибо", stored.getJsonArray("answers").getJsonObject(14).getString("value"));
        assertEquals(created.json(), stored);

        JsonObject read = api.get("audits/" + audit).expect(200).json();
        assertEquals("submitted", read.getString("status"));
        assertEquals(id.toString(), read.getString("submissionId"));
        assertEquals(0.925, read.getJsonNumber("score").doubleValue());
    }

    @Test
    void returnedAuditIsCorrectedApprovedAndPublished() {
        Api api = api();
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        UUID first = UUID.randomUUID();
        api.post("audits/" + audit + "/submissions", Api.submission(first, Api.phoneAnswers())).expect(201);

        JsonObject returned = api.post("audits/" + audit + "/review", Json.createObjectBuilder().add("decision", "return")
                .add("comment", "Note the department name").build()).expect(200).json();
        assertEquals("returned", returned.getString("status"));
        assertEquals("Note the department name", returned.getString("reviewComment"));

        UUID second = UUID.randomUUID();
        var corrected = Json.createArrayBuilder(Api.phoneAnswers()).set(5, Api.answer("greeting_department", true)).build();
        JsonObject resubmitted = api.post("audits/" + audit + "/submissions", Api.submission(second, corrected)).expect(201).json();
        assertEquals(0.9875, resubmitted.getJsonNumber("score").doubleValue());
        assertEquals(2, api.get("audits/" + audit + "/submissions").expect(200).array().size());

        assertEquals("approved", api.post("audits/" + audit + "/review", Json.createObjectBuilder().add("decision", "approve")
                .build()).expect(200).json().getString("status"));
        JsonObject published = api.post("audits/" + audit + "/publication", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).json();
        assertEquals("published", published.getString("status"));
        assertEquals("admin", published.getString("reviewer"), "the signed-in admin reviewed");
        assertEquals("admin", published.getString("publishedBy"));
        assertEquals(second.toString(), published.getString("submissionId"));
        assertEquals(0.9875, published.getJsonNumber("score").doubleValue());
    }

    @Test
    void lifecycleViolationsAreConflicts() {
        Api api = api();
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        JsonObject approve = Json.createObjectBuilder().add("decision", "approve").build();
        JsonObject publish = JsonValue.EMPTY_JSON_OBJECT;

        assertTrue(api.post("audits/" + audit + "/review", approve).problem(409).getString("detail").contains("audit " + audit + " is assigned"));
        api.post("audits/" + audit + "/publication", publish).problem(409);

        api.post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers())).expect(201);
        JsonObject second = api.post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers())).problem(409);
        assertEquals("/problems/invalid-transition", second.getString("type"));
        api.post("audits/" + audit + "/publication", publish).problem(409);

        api.post("audits/" + audit + "/review", approve).expect(200);
        api.post("audits/" + audit + "/review", approve).problem(409);
        api.post("audits/" + audit + "/publication", publish).expect(200);
        api.post("audits/" + audit + "/publication", publish).problem(409);
        api.post("audits/" + audit + "/review", Json.createObjectBuilder().add("decision", "return")
                .add("comment", "late").build()).problem(409);
        assertEquals(1, api.get("audits/" + audit + "/submissions").array().size());
    }

    @Test
    void listsPageAndFilter() {
        Api api = api();
        long client = api.client();
        long north = api.location(client);
        long south = api.location(client);
        long a1 = api.audit(north, "phone-etiquette", "2026-09-03T00:00:00Z");
        long a2 = api.audit(north, "store-visit", "2026-10-03T00:00:00Z");
        long a3 = api.audit(south, "phone-etiquette", "2026-10-20T00:00:00Z");
        api.post("audits/" + a3 + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers())).expect(201);

        JsonObject all = api.get("audits?clientId=" + client).expect(200).json();
        assertEquals(3, all.getInt("total"));
        assertEquals(List.of(a3, a2, a1), ids(all));
        assertEquals(List.of(a1, a2), ids(api.get("audits?locationId=" + north + "&size=5").json()).stream().sorted().toList());
        assertEquals(List.of(a3), ids(api.get("audits?clientId=" + client + "&status=submitted").json()));
        assertEquals(List.of(a3, a2), ids(api.get("audits?clientId=" + client + "&from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z").json()));

        JsonObject page1 = api.get("audits?clientId=" + client + "&size=2&page=1").expect(200).json();
        assertEquals(List.of(a1), ids(page1));
        assertEquals(3, page1.getInt("total"));
        assertEquals(2, api.get("clients/" + client + "/locations").json().getInt("total"));
    }

    @Test
    void clientsAndLocationsAreKeptAndUpdated() {
        Api api = api();
        long client = api.client();
        long location = api.location(client);
        JsonObject updated = api.put("locations/" + location, Json.createObjectBuilder().add("name", "Хрещатик, 22")
                .add("timeZone", "Europe/Kyiv").add("phone", "+380 44 555 0100").add("email", "shop@example.com")
                .add("website", "https://example.com/kyiv").build()).expect(200).json();
        assertEquals("Хрещатик, 22", updated.getString("name"));
        JsonObject read = api.get("locations/" + location).expect(200).json();
        assertEquals(updated, read);
        assertEquals("Europe/Kyiv", read.getString("timeZone"));
        assertTrue(read.getJsonArray("openingHours").isEmpty());

        String name = api.get("clients/" + client).json().getString("name");
        api.post("clients", Json.createObjectBuilder().add("name", name).build()).problem(409);
        assertEquals("Renamed " + client, api.put("clients/" + client, Json.createObjectBuilder().add("name", "Renamed " + client).build())
                .expect(200).json().getString("name"));
    }

    @Test
    void importedTemplateVersionIsImmutableOnceUsed() {
        Api api = api();
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = template(id, 1, "Greets");
        assertEquals(201, api.post("templates", v1).status());
        assertEquals(200, api.post("templates", v1).status());
        assertEquals(200, api.post("templates", template(id, 1, "Greets warmly")).status());
        assertTrue(api.get("templates/" + id).expect(200).body().contains("Greets warmly"));

        long audit = api.audit(api.location(api.client()), id);
        assertEquals(1, api.get("audits/" + audit).json().getInt("templateVersion"));
        JsonObject unchanged = api.post("templates", template(id, 1, "Greets warmly")).expect(200).json();
        assertEquals(1, unchanged.getInt("used"));
        JsonObject refused = api.post("templates", template(id, 1, "Changed")).problem(409);
        assertTrue(refused.getString("detail").contains("version 2"), refused.toString());
        assertEquals(201, api.post("templates", template(id, 2, "Changed")).status());
        assertTrue(api.get("templates/" + id + "/versions/1").body().contains("Greets warmly"));
        assertFalse(api.get("templates/" + id + "/versions/1").body().contains("Changed"));
        assertEquals(2, api.get("templates/" + id).json().getInt("version"));
        assertEquals(1, api.get("audits/" + audit).json().getInt("templateVersion"));
    }

    @Test
    void aUsedVersionMayStillChangeTheMeasuresOfItsCallHelperButNotItsScoring() {
        Api api = api();
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String plain = """
                {"id": "%s", "version": 1, "title": {"en": "IT"},
                 "sections": [{"id": "s", "title": {"en": "S"}, "items": [
                   {"id": "rings", "kind": "count", "passAtMost": 3, "text": {"en": "Rings"}, "standard": {"en": "At most 3"}}]}]}
                """.formatted(id);
        assertEquals(201, api.post("templates", plain).status());
        api.audit(api.location(api.client()), id);

        String measured = plain.replace("\"passAtMost\"", "\"measure\": \"rings\", \"passAtMost\"");
        assertEquals(200, api.post("templates", measured).status());
        assertTrue(api.get("templates/" + id + "/versions/1").expect(200).body().contains("\"measure\""));
        api.post("templates", measured.replace("\"passAtMost\": 3", "\"passAtMost\": 2")).problem(409);

        JsonObject wrongKind = api.post("templates", plain.replace("\"passAtMost\"", "\"measure\": \"hold-seconds\", \"passAtMost\""))
                .problem(422);
        assertEquals("/sections/0/items/0/measure", wrongKind.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void shippedTemplatesAreInstalled() {
        JsonObject phone = api().get("templates/phone-etiquette").expect(200).json();
        assertEquals("Телефонный этикет", phone.getJsonObject("title").getString("ru"));
        assertTrue(api().get("templates").json().getJsonArray("items").stream()
                .anyMatch(t -> t.asJsonObject().getString("id").equals("store-visit") && t.asJsonObject().getBoolean("shipped")));
    }

    @Test
    void serverPublishesOpenApiHealthAndMetrics() {
        Api api = api();
        Api.Reply openapi = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/openapi")).GET());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/audits/{id}/submissions"), openapi.body());
        Api.Reply ready = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/health/ready")).GET());
        assertEquals(200, ready.status());
        assertTrue(ready.body().contains("serviceaudit-database"), ready.body());
        assertEquals(200, api.send(java.net.http.HttpRequest.newBuilder(api.uri("/metrics")).GET()).status());
    }

    static String template(String id, int version, String text) {
        return """
                {"id": "%s", "version": %d, "title": {"en": "IT"},
                 "sections": [{"id": "s", "title": {"en": "S"}, "items": [
                   {"id": "greets", "kind": "yes_no", "text": {"en": "%s"}, "standard": {"en": "Greets the customer"}}]}]}
                """.formatted(id, version, text);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void theAuditReportIsAPdfWithTheScoreInTheReadersLanguage() throws Exception {
        Api admin = api();
        long client = admin.client();
        long audit = admin.audit(admin.location(client), "phone-etiquette");
        Api.Account auditor = admin.user("auditor", null);
        admin.put("audits/" + audit + "/auditor", Json.createObjectBuilder().add("auditorId", auditor.id()).build()).expect(200);
        admin.signIn(auditor).post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers())).expect(201);
        admin.post("audits/" + audit + "/review", Json.createObjectBuilder().add("decision", "approve").build()).expect(200);
        admin.post("audits/" + audit + "/publication", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).expect(200);
        double score = admin.get("audits/" + audit).json().getJsonNumber("score").doubleValue();

        Api.Download pdf = admin.signIn(admin.user("manager", client)).download("audits/" + audit + "/report?lang=sv");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().contains("audit-" + audit + "-phone-etiquette-"), pdf.disposition());
        assertTrue(pdf.disposition().endsWith("-sv.pdf\""), pdf.disposition());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Granskningsrapport " + audit + ": Telefonbemötande"), text);
            assertTrue(text.contains(String.format(java.util.Locale.ROOT, "Poäng: %.2f", score)), text);
        }
        admin.get("audits/" + audit + "/report?lang=de").problem(400);
    }

    @Test
    void aPhotoIsStoredOnceHoweverOftenItIsSentAndIsDrawnInTheReport() throws Exception {
        Api admin = api();
        long client = admin.client();
        long audit = admin.audit(admin.location(client), "store-visit");
        Api.Account auditorAccount = admin.user("auditor", null);
        admin.put("audits/" + audit + "/auditor", Json.createObjectBuilder().add("auditorId", auditorAccount.id()).build()).expect(200);
        Api auditor = admin.signIn(auditorAccount);
        byte[] png = Api.png(42);

        Api.Reply first = auditor.postBytes("audits/" + audit + "/photos", "image/png", png).expect(201);
        String id = first.json().getString("id");
        assertEquals(64, id.length(), "a SHA-256");
        assertEquals(64, first.json().getInt("width"));
        assertTrue(first.location().endsWith("/audits/" + audit + "/photos/" + id), first.location());
        Api.Reply again = auditor.postBytes("audits/" + audit + "/photos", "image/png", png).expect(200);
        assertEquals(id, again.json().getString("id"));
        assertEquals(1, auditor.get("audits/" + audit + "/photos").expect(200).array().size(), "a retried upload is not a second photo");
        assertTrue(java.util.Arrays.equals(png, auditor.download("audits/" + audit + "/photos/" + id).body()));

        auditor.postBytes("audits/" + audit + "/photos", "image/jpeg", png).problem(422);
        auditor.postBytes("audits/" + audit + "/photos", "image/png", "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)).problem(422);
        JsonObject wrongType = auditor.postBytes("audits/" + audit + "/photos", "image/gif", png).problem(415);
        assertTrue(wrongType.getString("detail").contains("image/jpeg or image/png"), wrongType.toString());
        auditor.postBytes("audits/" + audit + "/photos", "image/png", new byte[10 * 1024 * 1024 + 1]).problem(413);
        // 7,000 × 6,000 pixels in a few kilobytes: refused before anything decodes it in full.
        java.awt.image.BufferedImage huge = new java.awt.image.BufferedImage(7_000, 6_000, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(huge, "png", bomb);
        JsonObject tooMany = auditor.postBytes("audits/" + audit + "/photos", "image/png", bomb.toByteArray()).problem(422);
        assertTrue(tooMany.getString("detail").contains("7000 × 6000 pixels"), tooMany.toString());

        var answers = Json.createArrayBuilder();
        org.serviceaudit.checklists.ShippedTemplates.all().stream().filter(t -> t.id().equals("store-visit")).findFirst().orElseThrow()
                .sections().stream().flatMap(section -> section.items().stream()).forEach(item -> {
                    var answer = Json.createObjectBuilder().add("item", item.id());
                    switch (item.kind()) {
                        case YES_NO -> answer.add("value", true);
                        case SCALE -> answer.add("value", 5);
                        case COUNT, DURATION -> answer.add("value", 0);
                        case CHOICE -> answer.add("value", ((org.serviceaudit.checklists.Rule.Choice) item.rule()).options().get(0).id());
                        case TEXT -> answer.add("value", "Nothing to add");
                        case PHOTO -> answer.add("value", id).add("comment", "Вход с улицы");
                    }
                    answers.add(answer);
                });
        auditor.post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), answers.build())).expect(201);
        auditor.postBytes("audits/" + audit + "/photos", "image/png", Api.png(43)).problem(409);
        auditor.postBytes("audits/" + audit + "/photos", "image/png", png).expect(200);

        Api.Download pdf = admin.download("audits/" + audit + "/report?lang=ru");
        assertEquals(200, pdf.status());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Фотографии"), text);
            assertTrue(text.contains(": Вход с улицы"), text);
            long images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(1, images);
        }
    }
}
