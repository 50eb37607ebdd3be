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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, sign-out, revocation and what the API never shows. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    @Test
    void signOutRevokesOnlyThatToken() {
        Api admin = Api.admin(url);
        Api.Account anna = admin.user("auditor", null);
        Api tablet = admin.signIn(anna);
        Api laptop = admin.signIn(anna);
        assertEquals(anna.username(), tablet.get("me").expect(200).json().getString("username"));
        tablet.delete("sessions/current").expect(204);
        JsonObject problem = tablet.get("me").problem(401);
        assertEquals("/problems/invalid-token", problem.getString("type"));
        laptop.get("me").expect(200);
    }

    @Test
    void disablingAUserRevokesTheirTokensAtOnceAndStopsSignIn() {
        Api admin = Api.admin(url);
        Api.Account anna = admin.user("auditor", null);
        Api tablet = admin.signIn(anna);
        tablet.get("audits").expect(200);

        JsonObject disabled = admin.post("users/" + anna.id() + "/disable", JsonValue.EMPTY_JSON_OBJECT).expect(200).json();
        assertFalse(disabled.getBoolean("enabled"));
        assertFalse(disabled.getBoolean("canSignIn"));
        tablet.get("audits").problem(401);
        JsonObject refused = admin.attemptSignIn(anna.username(), anna.password()).problem(401);
        JsonObject wrong = admin.attemptSignIn(anna.username(), "not the password at all").problem(401);
        assertEquals(wrong, refused, "a disabled account answers as a wrong password does");

        admin.post("users/" + anna.id() + "/enable", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        admin.signIn(anna).get("me").expect(200);
        tablet.get("me").problem(401);
    }

    @Test
    void aPasswordResetSignsOutEverywhereAndTheOldPasswordStopsWorking() {
        Api admin = Api.admin(url);
        Api.Account anna = admin.user("auditor", null);
        Api tablet = admin.signIn(anna);
        String fresh = "a new password " + UUID.randomUUID();
        admin.put("users/" + anna.id() + "/password", Json.createObjectBuilder().add("password", fresh).build()).expect(200);
        tablet.get("me").problem(401);
        admin.attemptSignIn(anna.username(), anna.password()).problem(401);
        admin.signIn(anna.username(), fresh).get("me").expect(200);
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        Api admin = Api.admin(url);
        Api.Account mia = admin.user("manager", admin.client());
        Api phone = admin.signIn(mia);
        Api desk = admin.signIn(mia);
        String fresh = "my own new passphrase " + UUID.randomUUID();
        desk.put("me/password", Json.createObjectBuilder().add("currentPassword", mia.password()).add("newPassword", fresh).build())
                .expect(204);
        desk.get("me").expect(200);
        phone.get("me").problem(401);
        admin.signIn(mia.username(), fresh);
        List<JsonObject> changes = admin.get("changes?subjectType=user&subjectId=" + mia.id()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("user.password-changed", "user.created"), changes.stream().map(c -> c.getString("action")).toList());
        assertEquals(mia.username(), changes.get(0).getString("username"), "the manager changed it themself");
    }

    @Test
    void unknownAccountsAndWrongPasswordsGetTheSameAnswer() {
        Api admin = Api.admin(url);
        Api.Account anna = admin.user("auditor", null);
        Api.Reply wrong = admin.attemptSignIn(anna.username(), "not the password at all");
        Api.Reply unknown = admin.attemptSignIn("nobody-" + UUID.randomUUID(), "not the password at all");
        assertEquals(wrong.problem(401), unknown.problem(401));
        assertEquals(wrong.contentType(), unknown.contentType());
    }

    @Test
    void passwordsAndTheirHashesAppearNowhereInTheApi() {
        Api admin = Api.admin(url);
        long client = admin.client();
        Api.Account anna = admin.user("auditor", null);
        Api.Account mia = admin.user("manager", client);
        Api.Reply session = admin.attemptSignIn(anna.username(), anna.password()).expect(201);
        long audit = admin.audit(admin.location(client), "phone-etiquette", anna.id(), "2026-11-01T00:00:00Z");
        List<Api.Reply> everything = List.of(session, admin.get("users?size=200"), admin.get("users/" + anna.id()),
                admin.get("users/" + mia.id()), admin.get("me"), admin.get("changes?size=200"), admin.get("audits/" + audit),
                admin.get("audits?size=200"), admin.signIn(anna).get("me"), admin.signIn(mia).get("me"));
        for (Api.Reply reply : everything) {
            reply.expect(reply.status() == 201 ? 201 : 200);
            for (String secret : List.of(anna.password(), mia.password(), Api.ADMIN_PASSWORD, "PBKDF2", "passwordHash", "password_hash")) {
                assertFalse(reply.body().contains(secret), () -> "'" + secret + "' in " + reply.body());
            }
        }
        Set<String> userFields = admin.get("users/" + anna.id()).json().keySet();
        // Every field of an auditor's account (clientId, null for an auditor, is left out as nulls are).
        assertEquals(Set.of("id", "username", "displayName", "role", "enabled", "canSignIn", "createdAt", "passwordChangedAt"),
                userFields.stream().collect(Collectors.toSet()));
        assertEquals(client, admin.get("users/" + mia.id()).json().getJsonNumber("clientId").longValue());
    }

    @Test
    void whoChangedWhatIsRecordedForTheAdmin() {
        Api admin = Api.admin(url);
        Api.Account anna = admin.user("auditor", null);
        Api.Account boris = admin.user("auditor", null);
        long audit = admin.audit(admin.location(admin.client()), "phone-etiquette", anna.id(), "2026-11-01T00:00:00Z");
        admin.put("audits/" + audit + "/auditor", Json.createObjectBuilder().add("auditorId", boris.id()).build()).expect(200);
        admin.signIn(anna).post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers()))
                .problem(404);
        admin.signIn(boris).post("audits/" + audit + "/submissions", Api.submission(UUID.randomUUID(), Api.phoneAnswers()))
                .expect(201);
        admin.post("audits/" + audit + "/review", Json.createObjectBuilder().add("decision", "return").add("comment", "Add the name").build())
                .expect(200);
        List<JsonObject> changes = admin.get("changes?subjectType=audit&subjectId=" + audit).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("audit.returned admin", "audit.submitted " + boris.username(), "audit.reassigned admin", "audit.created admin"),
                changes.stream().map(c -> c.getString("action") + " " + c.getString("username")).toList());
        assertEquals("Add the name", changes.get(0).getString("detail"));
        assertTrue(changes.get(1).getString("detail").startsWith("submission "), changes.get(1)::toString);
    }
}
