package org.serviceaudit.probes.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's output is a contract scripts rely on. */
class ProbeTest {

    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {
        JsonObject json() {
            return Json.createReader(new StringReader(out)).readObject();
        }
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Probe.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String corpusFile(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ProbeTest.class.getResourceAsStream("/email-corpus/" + name)) {
            Files.copy(in, file);
        }
        return file.toString();
    }

    @Test
    void aHumanReplyIsClassifiedAndGraded() throws Exception {
        Outcome o = run("email-classify", corpusFile("human-ru-documents.eml"));
        assertEquals(0, o.status(), o.err());
        JsonObject json = o.json();
        assertEquals("human", json.getString("class"));
        assertEquals("k3jqx2p4mq7rt5vw6yza", json.getString("token"));
        assertEquals("ru/documents", json.getString("question"), "recognised from the subject");
        assertEquals("Анна Петрова", json.getString("customer"), "the name the reply is addressed to");
        JsonObject checks = json.getJsonObject("checks");
        for (String check : new String[]{"uses_name", "signed_by_person", "answers_question", "no_negative_language", "no_risky_promises"}) {
            assertTrue(checks.getJsonObject(check).getBoolean("pass"), check + ": " + checks);
            assertFalse(checks.getJsonObject(check).getString("evidence").isBlank());
        }
        assertTrue(json.getJsonObject("unjudged").containsKey("follow_up"));
        assertEquals(1.0, json.getJsonNumber("score").doubleValue());
    }

    @Test
    void aBounceAndADelayWarning() throws Exception {
        JsonObject bounce = run("email-classify", corpusFile("bounce-postfix-failed.eml")).json();
        assertEquals("bounce", bounce.getString("class"));
        assertTrue(bounce.getBoolean("final"));
        assertEquals(0, bounce.getJsonObject("checks").size());
        // As sent to the plain address (the envelope sender), so only the returned copy has the token.
        Path plain = Path.of(corpusFile("bounce-qmail-plain.eml"));
        Files.writeString(plain, Files.readString(plain).replaceFirst("(?m)^To: .*$", "To: <anna.petrova@probe.example.org>"));
        JsonObject qmail = run("email-classify", plain.toString()).json();
        assertEquals("k3jqx2p4mq7rt5vw6yza", qmail.getString("token"), "found in the copy of our message the bounce returns");
        assertEquals("returned headers", qmail.getString("tokenVia"));
        JsonObject delay = run("email-classify", corpusFile("bounce-gmail-delay.eml")).json();
        assertEquals("bounce", delay.getString("class"));
        assertFalse(delay.getBoolean("final"));
    }

    @Test
    void anAutomaticAnswerHasNoChecksAndAMessageWithoutTokenSaysNull() throws Exception {
        JsonObject auto = run("email-classify", corpusFile("auto-sv-ack.eml")).json();
        assertEquals("auto", auto.getString("class"));
        assertEquals("k3jqx2p4mq7rt5vw6yza", auto.getString("token"), "found by the plus address");
        JsonObject loose = run("email-classify", corpusFile("human-no-headers.eml"), "--question", "en/documents", "--customer", "Anna").json();
        assertEquals("human", loose.getString("class"));
        assertTrue(loose.isNull("token"));
        assertTrue(loose.getJsonObject("checks").getJsonObject("uses_name").getBoolean("pass"));
    }

    @Test
    void badUsageAndMissingFilesAreClearErrors() {
        Outcome none = run();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("usage: probe email-classify"));
        Outcome missing = run("email-classify", dir.resolve("nope.eml").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Outcome badQuestion = run("email-classify", "x.eml", "--question", "en/nothing");
        assertEquals(2, badQuestion.status());
        assertTrue(badQuestion.err().contains("no question en/nothing"), badQuestion.err());
        assertEquals(2, run("frobnicate").status());
    }
}
