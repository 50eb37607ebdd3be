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
        Api api = Api.admin(url);
        long client = api.client();
        long location = api.location(client);
        long audit = api.audit(location, "phone-etiquette");
        Api.Account auditor = api.user("auditor", null);
        Api.Account manager = api.user("manager", client);
        long self = api.get("me").expect(200).json().getJsonNumber("id").longValue();
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
                        .add("locationId", 987654321).add("templateId", "no-such-template").add("auditorId", 987654321)
                        .add("dueFrom", "2026-11-01T00:00:00Z").add("dueTo", "2026-11-02T00:00:00Z").build()),
                        422, Set.of("/locationId", "/templateId", "/auditorId")),
                new Case("audit window backwards and auditor missing", a -> a.post("audits", Json.createObjectBuilder()
                        .add("locationId", location).add("templateId", "phone-etiquette")
                        .add("dueFrom", "2026-11-02T00:00:00Z").add("dueTo", "2026-11-01T00:00:00Z").build()),
                        422, Set.of("/dueTo", "/auditorId")),
                new Case("audit with unparseable date", a -> a.post("audits", "{\"locationId\": " + location
                        + ", \"templateId\": \"phone-etiquette\", \"auditorId\": 1, \"dueFrom\": \"next week\", \"dueTo\": \"2026-11-02T00:00:00Z\"}"),
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
                        "{\"decision\": \"maybe\"}"), 422, Set.of("/decision")),
                new Case("return without a comment", a -> a.post("audits/" + audit + "/review",
                        "{\"decision\": \"return\"}"), 422, Set.of("/comment")),
                new Case("unknown submission", a -> a.get(submissions + "/" + UUID.randomUUID()), 404, Set.of()),
                new Case("sign-in without a body", a -> a.anonymous().post("sessions", ""), 400, Set.of()),
                new Case("sign-in without username and password", a -> a.anonymous().post("sessions", "{}"), 422,
                        Set.of("/username", "/password")),
                new Case("sign-in with an overlong password", a -> a.anonymous().post("sessions", Json.createObjectBuilder()
                        .add("username", "x").add("password", "p".repeat(1001)).build()), 422, Set.of("/password")),
                new Case("no token", a -> a.anonymous().get("audits"), 401, Set.of()),
                new Case("token not issued by the server", a -> a.as("A".repeat(43)).get("audits"), 401, Set.of()),
                new Case("malformed token", a -> a.as("not a token!").get("audits"), 401, Set.of()),
                new Case("user with every field wrong", a -> a.post("users", Json.createObjectBuilder().add("username", "A b")
                        .add("role", "owner").add("clientId", 987654321).add("password", "short").build()), 422,
                        Set.of("/username", "/displayName", "/role", "/clientId", "/password")),
                new Case("manager without a client", a -> a.post("users", Json.createObjectBuilder().add("username", "mgr-x")
                        .add("displayName", "M").add("role", "manager").add("password", "a good long phrase").build()), 422,
                        Set.of("/clientId")),
                new Case("auditor with a client", a -> a.post("users", Json.createObjectBuilder().add("username", "aud-x")
                        .add("displayName", "A").add("role", "auditor").add("clientId", client)
                        .add("password", "a good long phrase").build()), 422, Set.of("/clientId")),
                new Case("duplicate username, in other case", a -> a.post("users", Json.createObjectBuilder().add("username", "ADMIN")
                        .add("displayName", "A").add("role", "admin").add("password", "a good long phrase").build()), 409, Set.of()),
                new Case("password reset against the rules", a -> a.put("users/" + auditor.id() + "/password",
                        Json.createObjectBuilder().add("password", auditor.username() + "-2026").build()), 422, Set.of("/password")),
                new Case("own password change with a wrong current password", a -> a.put("me/password", Json.createObjectBuilder()
                        .add("currentPassword", "not it at all").add("newPassword", "password1234").build()), 422,
                        Set.of("/currentPassword", "/newPassword")),
                new Case("audit given to a manager", a -> a.post("audits", Json.createObjectBuilder().add("locationId", location)
                        .add("templateId", "phone-etiquette").add("auditorId", manager.id()).add("dueFrom", "2026-11-01T00:00:00Z")
                        .add("dueTo", "2026-11-02T00:00:00Z").build()), 422, Set.of("/auditorId")),
                new Case("reassignment without an auditor", a -> a.put("audits/" + audit + "/auditor", JsonValue.EMPTY_JSON_OBJECT),
                        422, Set.of("/auditorId")),
                new Case("bad user and change filters", a -> a.get("users?role=boss&enabled=yes"), 400, Set.of("role", "enabled")),
                new Case("bad change filters", a -> a.get("changes?userId=0&from=today"), 400, Set.of("userId", "from")),
                new Case("unknown user", a -> a.post("users/987654321/disable", JsonValue.EMPTY_JSON_OBJECT), 404, Set.of()),
                new Case("disabling oneself", a -> a.post("users/" + self + "/disable", JsonValue.EMPTY_JSON_OBJECT), 409, Set.of()));
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
        Api api = Api.admin(url);
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
