package org.serviceaudit.probes.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.serviceaudit.probes.web.FixtureSites;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code probe website URL}: the JSON contract scripts rely on. */
class WebsiteCommandTest {

    @TempDir
    Path dir;

    private ProbeTest.Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Probe.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ProbeTest.Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theResultIsPrintedAsTheDocumentedJson() throws Exception {
        try (FixtureSites sites = new FixtureSites()) {
            ProbeTest.Outcome o = run("website", sites.url("/ru-details/"), "--allow-private");
            assertEquals(0, o.status(), o.err());
            JsonObject json = o.json();
            JsonObject faq = json.getJsonObject("faq");
            assertEquals(sites.url("/ru-details/voprosy/"), faq.getString("url"));
            assertEquals(1, faq.getInt("clicks"));
            assertEquals(6, faq.getJsonArray("pairs").size());
            assertEquals("Как активировать программу?", faq.getJsonArray("pairs").getJsonObject(3).getString("question"));
            assertTrue(faq.getJsonArray("pairs").getJsonObject(3).getString("answer").startsWith("Введите ключ"));
            assertEquals(Json.createObjectBuilder().add("documents", true).add("premium", true).add("bulk", true).add("activation", true)
                    .build(), json.getJsonObject("topics"));
            assertTrue(json.getJsonObject("contact").getBoolean("phone"));
            assertEquals(false, json.getJsonObject("contact").getBoolean("email"));
            assertEquals(List.of("jivo"), json.getJsonObject("chat").getJsonArray("vendors").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals(0, json.getJsonObject("chat").getJsonArray("messengers").size());
            assertEquals(1.0, json.getJsonNumber("score").doubleValue());
        }
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowedAndCustomTopicsAreUsed() throws Exception {
        try (FixtureSites sites = new FixtureSites()) {
            JsonObject refused = run("website", sites.url("/ru-details/")).json();
            assertEquals(false, refused.getBoolean("reachable"));
            assertEquals("refused-address", refused.getJsonObject("failure").getString("kind"));
            assertEquals(0.0, refused.getJsonNumber("score").doubleValue());
            assertTrue(refused.isNull("faq"));

            Path topics = dir.resolve("topics.json");
            Files.writeString(topics, "{\"delivery\": {\"ru\": [\"доставк\"]}, \"refunds\": {\"ru\": [\"возврат\"]}}");
            JsonObject custom = run("website", sites.url("/ru-details/"), "--allow-private", "--topics", topics.toString()).json();
            assertEquals(Json.createObjectBuilder().add("delivery", true).add("refunds", false).build(), custom.getJsonObject("topics"));
        }
    }

    @Test
    void badArgumentsAreUsageErrors() {
        ProbeTest.Outcome o = run("website");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("website needs the site's address"), o.err());
        assertEquals(2, run("website", "https://example.com", "--max-clicks", "many").status());
    }
}
