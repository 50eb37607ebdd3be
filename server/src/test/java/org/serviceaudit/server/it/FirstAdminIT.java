package org.serviceaudit.server.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first start as the README describes it: the built server jar, run as a newcomer runs it,
 * on a fresh database without SERVICEAUDIT_ADMIN_PASSWORD, prints a random admin password once;
 * the next start does not, and ignores the variable since an admin exists.
 */
class FirstAdminIT {

    private static final Pattern PRINTED = Pattern.compile("password: (\\S+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path work;

    @Test
    void aRandomPasswordIsPrintedOnceAndOnlyWhileNoAdminExists() throws Exception {
        String database = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";LOCK_TIMEOUT=10000";

        String first = run(database, Map.of(), work.resolve("first.log"), port -> {
            assertEquals(201, signIn(port, "admin", printedPassword(work.resolve("first.log"))));
            assertEquals(401, signIn(port, "admin", "correct-horse-battery-7"));
        });
        assertEquals(1, PRINTED.matcher(first).results().count(), "the password is printed once");
        String password = printedPassword(work.resolve("first.log"));

        String second = run(database, Map.of("SERVICEAUDIT_ADMIN_PASSWORD", "correct-horse-battery-7"), work.resolve("second.log"), port -> {
            assertEquals(201, signIn(port, "admin", password), "the admin keeps the password from the first start");
            assertEquals(401, signIn(port, "admin", "correct-horse-battery-7"), "the variable counts only while no admin exists");
        });
        assertFalse(PRINTED.matcher(second).find(), "no password is printed when an admin exists");
        assertFalse(second.contains(password));
    }

    interface WhileRunning {
        void accept(int port) throws Exception;
    }

    /** Starts the server jar, runs the checks, stops it and returns its console output. */
    private static String run(String database, Map<String, String> environment, Path log, WhileRunning checks) throws Exception {
        try (ServerJar server = ServerJar.start(database, environment, log)) {
            checks.accept(server.port());
        }
        return Files.readString(log);
    }

    private static int signIn(int port, String username, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username)
                        .add("password", password).build().toString())).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String printedPassword(Path log) throws IOException {
        Matcher m = PRINTED.matcher(Files.readString(log));
        assertTrue(m.find(), "no password printed");
        return m.group(1);
    }
}
