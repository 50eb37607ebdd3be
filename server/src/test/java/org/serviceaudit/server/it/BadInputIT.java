package org.serviceaudit.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad requests get the right 4xx as application/problem+json that says what is wrong and
 * where; none is a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    /**
     * @param status   the expected status
     * @param pointers the JSON pointers (or parameter names) the problem must name, in any order
     */
    record Case(String name, Function<Api, Api.Reply> request, int status, Set<String> pointers) {
    }

    @TestFactory
    Stream<DynamicTest> eachBadRequestGetsItsProblem() {
        Api api = new Api(url);
        long client = api.client();
        long location = api.location(client);
        long audit = api.audit(location, "phone-etiquette");
        String submissions = "audits/" + audit + "/submissions";
        List<Case> cases = List.of(
                new Case("unknown path", a -> a.get("nothing-here"), 404, Set.of()),
                new Case("unknown client id", a -> a.get("clients/987654321"), 404, Set.of()),
                new Case("non-numeric id", a -> a.get("clients/abc"), 404, Set.of()),
                new Case("id out of range", a -> a.get("audits/99999999999999999999"), 404, Set.of()),
                // With Expect: 100-continue, as a client sending a large body should: the server
                // refuses on the declared length before any of the body travels.
                new Case("body over the size limit", a -> a.send(HttpRequest.newBuilder(a.uri("clients"))
                        .header("Content-Type", "application/json").expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}"))),
                        413, Set.of()),
                new Case("chunked body over the size limit", a -> a.send(HttpRequest.newBuilder(a.uri("clients"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                ("{\"name\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}").getBytes())))), 413, Set.of()),
                new Case("malformed JSON", a -> a.post("clients", "{\"name\": "), 400, Set.of()),
                new Case("JSON array instead of object", a -> a.post("audits", "[1, 2]"), 400, Set.of()),
                new Case("empty body", a -> a.post("clients", ""), 400, Set.of()),
                new Case("wrong content type", a -> a.send(HttpRequest.newBuilder(a.uri("clients"))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name"))), 415, Set.of()),
                new Case("unacceptable response type", a -> a.send(HttpRequest.newBuilder(a.uri("clients"))
                        .header("Accept", "text/html").GET()), 406, Set.of()),
                new Case("wrong method", a -> a.send(HttpRequest.newBuilder(a.uri("clients")).DELETE()), 405, Set.of()),
                new Case("blank client name", a -> a.post("clients", "{\"name\": \"  \"}"), 422, Set.of("/name")),
                new Case("overlong client name", a -> a.post("clients", Json.createObjectBuilder().add("name", "x".repeat(201)).build()),
                        422, Set.of("/name")),
                new Case("page size out of range", a -> a.get("clients?size=500&page=-1"), 400, Set.of("size", "page")),
                new Case("unknown status and bad date filters", a -> a.get("audits?status=done&from=yesterday&clientId=x"), 400,
                        Set.of("status", "from", "clientId")),
                new Case("bad location fields", a -> a.post("clients/" + client + "/locations", Json.createObjectBuilder()
                        .add("name", "X").add("timeZone", "Mars/Olympus").add("website", "ftp://example.com").add("email", "nope")
                        .add("openingHours", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", "someday")
                                .add("opens", "18:00").add("closes", "09:00"))).build()),
                        422, Set.of("/timeZone", "/website", "/email", "/openingHours/0/day", "/openingHours/0/closes")),
                new Case("location of unknown client", a -> a.post("clients/987654321/locations", Json.createObjectBuilder()
                        .add("name", "X").add("timeZone", "UTC").build()), 404, Set.of()),
                new Case("audit for unknown location and template", a -> a.post("audits", Json.createObjectBuilder()
                        .add("locationId", 987654321).add("templateId", "no-such-template").add("auditor", "a")
                        .add("dueFrom", "2026-11-01T00:00:00Z").add("dueTo", "2026-11-02T00:00:00Z").build()),
                        422, Set.of("/locationId", "/templateId")),
                new Case("audit window backwards and auditor missing", a -> a.post("audits", Json.createObjectBuilder()
                        .add("locationId", location).add("templateId", "phone-etiquette")
                        .add("dueFrom", "2026-11-02T00:00:00Z").add("dueTo", "2026-11-01T00:00:00Z").build()),
                        422, Set.of("/dueTo", "/auditor")),
                new Case("audit with unparseable date", a -> a.post("audits", "{\"locationId\": " + location
                        + ", \"templateId\": \"phone-etiquette\", \"auditor\": \"a\", \"dueFrom\": \"next week\", \"dueTo\": \"2026-11-02T00:00:00Z\"}"),
                        400, Set.of()),
                new Case("submission to unknown audit", a -> a.post("audits/987654321/submissions",
                        Api.submission(UUID.randomUUID(), Api.phoneAnswers())), 404, Set.of()),
                new Case("submission not JSON", a -> a.post(submissions, "answers: yes"), 400, Set.of()),
                new Case("submission without id and answers", a -> a.post(submissions, "{\"answer\": []}"), 422,
                        Set.of("/submissionId", "/answers", "/answer")),
                new Case("answers that do not fit the template", a -> a.post(submissions, Api.submission(UUID.randomUUID(),
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("item", "rings").add("value", "three"))          // wrong kind
                                .add(Api.answer("time_to_sales", -5))                                                 // out of range
                                .add(Api.na("greeting_company"))                                                      // N/A not allowed
                                .add(Api.answer("voice", 7))                                                          // out of range
                                .add(Json.createObjectBuilder().add("item", "helps").add("value", "shrugged"))        // unknown option
                                .add(Api.answer("no_such_item", true))                                                // unknown item
                                .add(Json.createObjectBuilder().add("item", "thanks"))                                // no value
                                .build())),
                        422, Set.of("/answers/0/value", "/answers/1/value", "/answers/2/value", "/answers/3/value", "/answers/4/value",
                        "/answers/5/value", "/answers/6/value", "/answers")),
                new Case("template with problems", a -> a.post("templates", "{\"id\": \"Bad Id\", \"version\": 1, \"title\": {\"en\": \"T\"},"
                        + " \"sections\": [{\"id\": \"s\", \"title\": {\"en\": \"S\"}, \"items\": [{\"id\": \"a\", \"kind\": \"counter\","
                        + " \"text\": {\"en\": \"A\"}, \"standard\": {\"en\": \"s\"}}]}]}"),
                        422, Set.of("/id", "/sections/0/items/0/kind")),
                new Case("template not JSON", a -> a.post("templates", "{id: 1"), 400, Set.of()),
                new Case("unknown template", a -> a.get("templates/no-such-template"), 404, Set.of()),
                new Case("review with unknown decision", a -> a.post("audits/" + audit + "/review",
                        "{\"decision\": \"maybe\", \"reviewer\": \"r\"}"), 422, Set.of("/decision")),
                new Case("return without a comment", a -> a.post("audits/" + audit + "/review",
                        "{\"decision\": \"return\", \"reviewer\": \"r\"}"), 422, Set.of("/comment")),
                new Case("unknown submission", a -> a.get(submissions + "/" + UUID.randomUUID()), 404, Set.of()));
        assertTrue(cases.size() >= 15);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Api.Reply reply = c.request().apply(api);
            JsonObject problem = reply.problem(c.status());
            assertTrue(!problem.getString("detail").startsWith("HTTP "), problem::toString);
            Set<String> named = problem.containsKey("errors") ? problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .map(e -> e.containsKey("pointer") ? e.getString("pointer") : e.getString("parameter"))
                    .collect(Collectors.toSet()) : Set.of();
            assertEquals(c.pointers(), named, problem::toString);
        }));
    }

    @Test
    void answerErrorsNameTheirItems() {
        Api api = new Api(url);
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        JsonObject problem = api.post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(),
                Json.createArrayBuilder().add(Api.answer("voice", 7)).build())).problem(422);
        Set<String> items = problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("item")).collect(Collectors.toSet());
        assertTrue(items.containsAll(Set.of("voice", "rings", "time_to_sales", "thanks")), items::toString);
        assertTrue(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("item").equals("voice")).map(e -> e.getString("detail")).findFirst().orElseThrow()
                .contains("1 to 5"));
        assertEquals("assigned", api.get("audits/" + audit).json().getString("status"));
        assertEquals(0, api.get("audits/" + audit + "/submissions").array().size());
    }

}
