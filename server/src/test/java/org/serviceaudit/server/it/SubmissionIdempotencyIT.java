package org.serviceaudit.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A retried submission never creates a second one, however the retries are timed. */
@ExtendWith(ArquillianExtension.class)
class SubmissionIdempotencyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    @Test
    void resubmittingTheSameSubmissionReturnsTheSameResult() {
        Api api = Api.admin(url);
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        JsonObject body = Api.submission(UUID.randomUUID(), Api.phoneAnswers());
        Api.Reply first = api.post("audits/" + audit + "/submissions", body).expect(201);
        // The same answers in another order and formatting are the same content.
        var reordered = Json.createArrayBuilder();
        var answers = Api.phoneAnswers();
        for (int i = answers.size() - 1; i >= 0; i--) {
            reordered.add(answers.get(i));
        }
        Api.Reply again = api.post("audits/" + audit + "/submissions",
                Api.submission(UUID.fromString(body.getString("submissionId")), reordered.build())).expect(201);
        assertEquals(first.body(), again.body());
        assertEquals(first.location(), again.location());
        assertEquals(1, api.get("audits/" + audit + "/submissions").array().size());
    }

    @Test
    void twentyIdenticalSubmissionsAtOnceStoreOne() throws Exception {
        Api api = Api.admin(url);
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        JsonObject body = Api.submission(UUID.randomUUID(), Api.phoneAnswers());
        List<Api.Reply> done = Api.atOnce(20, i -> api.post("audits/" + audit + "/submissions", body));
        assertEquals(Set.of(201), done.stream().map(Api.Reply::status).collect(Collectors.toSet()),
                () -> done.stream().map(Api.Reply::body).distinct().collect(Collectors.joining("\n")));
        assertEquals(1, done.stream().map(Api.Reply::body).distinct().count());
        assertEquals(1, api.get("audits/" + audit + "/submissions").array().size());
        assertEquals("submitted", api.get("audits/" + audit).json().getString("status"));
    }

    @Test
    void sameIdWithDifferentContentIsAConflict() {
        Api api = Api.admin(url);
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        UUID id = UUID.randomUUID();
        Api.Reply first = api.post("audits/" + audit + "/submissions", Api.submission(id, Api.phoneAnswers())).expect(201);
        var changed = Json.createArrayBuilder(Api.phoneAnswers()).set(0, Api.answer("rings", 5)).build();
        JsonObject conflict = api.post("audits/" + audit + "/submissions", Api.submission(id, changed)).problem(409);
        assertEquals("/problems/submission-id-reused", conflict.getString("type"));

        long other = api.audit(api.location(api.client()), "phone-etiquette");
        api.post("audits/" + other + "/submissions", Api.submission(id, Api.phoneAnswers())).problem(409);

        assertEquals(first.body(), api.get("audits/" + audit + "/submissions/" + id).body());
        assertEquals("assigned", api.get("audits/" + other).json().getString("status"));
    }

    @Test
    void differentSubmissionsRacingForOneAuditStoreExactlyOne() throws Exception {
        Api api = Api.admin(url);
        long audit = api.audit(api.location(api.client()), "phone-etiquette");
        List<Api.Reply> done = Api.atOnce(8, i -> api.post("audits/" + audit + "/submissions",
                Api.submission(UUID.randomUUID(), Api.phoneAnswers())));
        assertEquals(1, done.stream().filter(r -> r.status() == 201).count(), () -> done.toString());
        assertTrue(done.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409), () -> done.toString());
        assertEquals(1, api.get("audits/" + audit + "/submissions").array().size());
    }
}
