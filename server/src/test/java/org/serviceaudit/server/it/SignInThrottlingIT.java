package org.serviceaudit.server.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed sign-ins are throttled per account (5 a minute) and per address (20 a minute), the
 * defaults. One test in a class of its own: it leaves loopback throttled for a minute.
 * (The window's expiry is tested with a clock in FailureThrottleTest.)
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    @Test
    void afterFiveFailuresAnAccountWaitsAndAfterTwentyAnAddressDoes() {
        Api admin = Api.admin(url);
        Api.Account anna = admin.user("auditor", null);
        Api.Account boris = admin.user("auditor", null);
        for (int i = 0; i < 5; i++) {
            admin.attemptSignIn(anna.username(), "wrong guess " + i).problem(401);
        }
        Api.Reply refused = admin.attemptSignIn(anna.username(), anna.password());
        JsonObject throttled = refused.problem(429);
        assertEquals("/problems/too-many-attempts", throttled.getString("type"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        admin.signIn(boris).get("me").expect(200);

        // An account that does not exist is throttled the same way, so throttling tells nothing either.
        String ghost = "ghost-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            admin.attemptSignIn(ghost, "wrong guess " + i).problem(401);
        }
        JsonObject ghostThrottled = admin.attemptSignIn(ghost, "anything").problem(429);
        assertEquals(throttled.getString("type"), ghostThrottled.getString("type"));
        assertEquals(throttled.getString("detail").replaceAll("\\d+ s$", ""), ghostThrottled.getString("detail").replaceAll("\\d+ s$", ""));

        // 10 failures so far from this address; 10 more, each for another account, reach the limit of 20.
        for (int i = 0; i < 10; i++) {
            admin.attemptSignIn("someone-" + i + "-" + UUID.randomUUID(), "wrong guess").problem(401);
        }
        admin.attemptSignIn(boris.username(), boris.password()).problem(429);
        admin.get("me").expect(200);
    }
}
