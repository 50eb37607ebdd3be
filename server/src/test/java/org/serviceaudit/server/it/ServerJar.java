package org.serviceaudit.server.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built server jar run as a separate process, as a newcomer or an operator runs it, for
 * tests that need what Arquillian cannot do: start twice on one database, or stop a server in
 * the middle of its work and start it again.
 */
final class ServerJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on a free port with an H2 file database, and waits until it is ready. */
    static ServerJar start(String database, Map<String, String> environment, Path log) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("serviceaudit.bundle", "target/serviceaudit-microbundle.jar"), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SERVICEAUDIT_ADMIN_PASSWORD");
        builder.environment().put("DB_DRIVER", "org.h2.jdbcx.JdbcDataSource");
        builder.environment().put("DB_URL", database);
        builder.environment().put("DB_USER", "sa");
        builder.environment().put("DB_PASSWORD", "");
        builder.environment().putAll(environment);
        ServerJar server = new ServerJar(builder.start(), port, log);
        try {
            server.awaitReady();
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    int port() {
        return port;
    }

    URL url() throws IOException {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Stops the server as an operator does (SIGTERM, so it shuts down in order), forcibly after a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the server at once (SIGKILL), as a crash or a power cut would: nothing shuts down in order. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), () -> "the server stopped: " + tail());
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // Waiting for another process to start, not for time to pass: there is nothing to inject a clock into.
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become ready: " + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
