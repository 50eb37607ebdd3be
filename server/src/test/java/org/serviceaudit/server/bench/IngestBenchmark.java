package org.serviceaudit.server.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Submission ingest benchmark against a running server on loopback.
 *
 * <p>Imports a 60-item template, creates audits for it, then lets N clients post 60-answer
 * submissions (each to its own audit, as auditors do) for a bounded time, and, in the same
 * run, lets N clients call the health check as the ceiling of the stack. Prints
 * submissions/s, p50/p99 latency and the error count for each N.
 *
 * <p>Arguments: base URL (default http://127.0.0.1:8080), seconds per measurement (default
 * 20), comma-separated client counts (default 16,64), and optionally the server's process id.
 * Only loopback addresses are accepted. On Linux each line also says how many milliseconds
 * of CPU one request cost in this client, in the server (given its pid) and in PostgreSQL
 * (all processes named postgres), since all three share the machine's cores.
 */
public final class IngestBenchmark {

    static final int ITEMS = 60;
    static final String TEMPLATE = "bench-60";

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final long serverPid;
    private String adminToken;
    private String auditorToken;
    private long auditorId;

    IngestBenchmark(URI base, long serverPid) {
        this.api = base.resolve("/api/");
        this.serverPid = serverPid;
    }

    /** CPU time so far in milliseconds: this process, the server, PostgreSQL. */
    private long[] cpu() {
        long client = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        long server = serverPid > 0 ? procCpuMillis(Path.of("/proc", String.valueOf(serverPid), "stat")) : -1;
        long database = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs.filter(d -> d.getFileName().toString().matches("\\d+"))::iterator) {
                try {
                    if (Files.readString(p.resolve("comm")).strip().equals("postgres")) {
                        database += procCpuMillis(p.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException noProc) {
            database = -1;
        }
        return new long[]{client, server, database};
    }

    private static long procCpuMillis(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of /proc/[pid]/stat, in clock ticks of 10 ms
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost") && !base.getHost().equals("[::1]")) {
            throw new IllegalArgumentException("the benchmark only loads servers on loopback, not " + base.getHost());
        }
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int[] clients = Arrays.stream((args.length > 2 ? args[2] : "16,64").split(",")).mapToInt(Integer::parseInt).toArray();
        long serverPid = args.length > 3 && !args[3].isBlank() ? Long.parseLong(args[3].strip()) : -1;
        String adminPassword = args.length > 4 && !args[4].isBlank() ? args[4].strip() : "correct-horse-battery-7";
        new IngestBenchmark(base, serverPid).signIn(adminPassword).run(seconds, clients);
    }

    void run(int seconds, int[] clientCounts) throws Exception {
        long location = setUp();
        System.out.printf(Locale.ROOT, "ServiceAudit ingest benchmark: %s, %d-answer submissions, %d s per run, %d cores, %s%n",
                api, ITEMS, seconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String answers = answers().toString();
        // Warm-up: the JIT, the connection pools and the template cache.
        measure(16, 5, prepareAudits(location, 5 * 1_500), answers, "warm-up");
        for (int clients : clientCounts) {
            int needed = seconds * 1_500;
            measure(clients, seconds, prepareAudits(location, needed), answers, "submissions");
            measureHealth(clients, Math.min(seconds, 10));
        }
    }

    /**
     * Signs in as the admin, who sets up and assigns, and as an auditor made for the run, who
     * submits: every submission is authenticated and authorized as in real use.
     */
    IngestBenchmark signIn(String adminPassword) throws Exception {
        adminToken = token("admin", adminPassword);
        String auditor = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "bench password " + UUID.randomUUID();
        auditorId = id(send(post("users", Json.createObjectBuilder().add("username", auditor).add("displayName", "Bench")
                .add("role", "auditor").add("password", password).build().toString())));
        auditorToken = token(auditor, password);
        return this;
    }

    private String token(String username, String password) throws Exception {
        String json = send(HttpRequest.newBuilder(api.resolve("sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username).add("password", password)
                        .build().toString())).build());
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject().getString("token");
        }
    }

    private long setUp() throws Exception {
        send(post("templates", template().toString()));
        long client = id(send(post("clients", "{\"name\": \"bench " + UUID.randomUUID() + "\"}")));
        return id(send(post("clients/" + client + "/locations", "{\"name\": \"bench\", \"timeZone\": \"UTC\"}")));
    }

    /** Audits to submit to, created with 16 clients before the clock starts. */
    private long[] prepareAudits(long location, int count) throws Exception {
        long[] ids = new long[count];
        String body = "{\"locationId\": " + location + ", \"templateId\": \"" + TEMPLATE
                + "\", \"auditorId\": " + auditorId + ", \"dueFrom\": \"2026-11-01T00:00:00Z\", \"dueTo\": \"2026-11-08T00:00:00Z\"}";
        AtomicInteger next = new AtomicInteger();
        parallel(16, t -> () -> {
            for (int i; (i = next.getAndIncrement()) < count; ) {
                ids[i] = id(send(post("audits", body)));
            }
            return new long[0];
        });
        return ids;
    }

    private void measure(int clients, int seconds, long[] audits, String answers, String label) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        long[] cpuBefore = cpu();
        List<long[]> latencies = parallel(clients, t -> () -> {
            long[] mine = new long[audits.length];
            int n = 0;
            for (int i; System.nanoTime() < deadline && (i = next.getAndIncrement()) < audits.length; ) {
                String body = "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": " + answers + "}";
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(post("audits/" + audits[i] + "/submissions", body, auditorToken),
                        HttpResponse.BodyHandlers.ofString());
                mine[n++] = System.nanoTime() - t0;
                if (r.statusCode() != 201) {
                    errors.incrementAndGet();
                }
            }
            return Arrays.copyOf(mine, n);
        });
        report(label, clients, System.nanoTime() - start, latencies, errors.get(), next.get() >= audits.length, cpuBefore, cpu());
    }

    private void measureHealth(int clients, int seconds) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        HttpRequest health = HttpRequest.newBuilder(api.resolve("/health")).GET().build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        long[] cpuBefore = cpu();
        List<long[]> latencies = parallel(clients, t -> () -> {
            long[] mine = new long[2_000_000];
            int n = 0;
            while (System.nanoTime() < deadline && n < mine.length) {
                long t0 = System.nanoTime();
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                    errors.incrementAndGet();
                }
                mine[n++] = System.nanoTime() - t0;
            }
            return Arrays.copyOf(mine, n);
        });
        report("health (ceiling)", clients, System.nanoTime() - start, latencies, errors.get(), false, cpuBefore, cpu());
    }

    private static void report(String label, int clients, long elapsedNanos, List<long[]> perClient, int errors, boolean ranOut,
                               long[] cpuBefore, long[] cpuAfter) {
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = elapsedNanos / 1e9;
        String[] cpu = new String[3];
        for (int i = 0; i < 3; i++) {
            cpu[i] = cpuBefore[i] < 0 || cpuAfter[i] < 0 || all.length == 0 ? "?"
                    : String.format(Locale.ROOT, "%.2f", (cpuAfter[i] - cpuBefore[i]) / (double) all.length);
        }
        System.out.printf(Locale.ROOT, "%-18s clients=%3d  requests=%7d  %8.1f/s  p50=%6.1f ms  p99=%6.1f ms  max=%7.1f ms  errors=%d"
                        + "  cpu ms/request: client %s, server %s, postgres %s%s%n",
                label, clients, all.length, all.length / seconds, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors, cpu[0], cpu[1], cpu[2],
                ranOut ? "  (ran out of prepared audits)" : "");
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private interface Work {
        long[] call() throws Exception;
    }

    private static List<long[]> parallel(int threads, IntFunction<Work> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Work w = work.apply(t);
                futures.add(pool.submit(w::call));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest post(String path, String json) {
        return post(path, json, adminToken);
    }

    private HttpRequest post(String path, String json, String bearer) {
        return HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long id(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }

    /** 60 items over 6 sections, cycling through the scored kinds. */
    static JsonObject template() {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (int s = 0; s < 6; s++) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (int i = 0; i < 10; i++) {
                int n = s * 10 + i;
                JsonObjectBuilder item = Json.createObjectBuilder().add("id", "i" + n)
                        .add("text", Json.createObjectBuilder().add("en", "Item " + n))
                        .add("standard", Json.createObjectBuilder().add("en", "Standard " + n));
                switch (n % 5) {
                    case 0 -> item.add("kind", "yes_no");
                    case 1 -> item.add("kind", "scale").add("points", Json.createObjectBuilder()
                            .add("1", Json.createObjectBuilder().add("en", "bad")).add("2", Json.createObjectBuilder().add("en", "poor"))
                            .add("3", Json.createObjectBuilder().add("en", "fair")).add("4", Json.createObjectBuilder().add("en", "good"))
                            .add("5", Json.createObjectBuilder().add("en", "excellent")));
                    case 2 -> item.add("kind", "count").add("passAtMost", 3);
                    case 3 -> item.add("kind", "duration").add("passAtMostSeconds", 40);
                    default -> item.add("kind", "choice").add("options", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("id", "good").add("points", 2).add("label", Json.createObjectBuilder().add("en", "Good")))
                            .add(Json.createObjectBuilder().add("id", "bad").add("points", 0).add("label", Json.createObjectBuilder().add("en", "Bad"))));
                }
                items.add(item);
            }
            sections.add(Json.createObjectBuilder().add("id", "s" + s).add("title", Json.createObjectBuilder().add("en", "Section " + s))
                    .add("items", items));
        }
        return Json.createObjectBuilder().add("id", TEMPLATE).add("version", 1).add("title", Json.createObjectBuilder().add("en", "Benchmark"))
                .add("sections", sections).build();
    }

    static jakarta.json.JsonArray answers() {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (int n = 0; n < ITEMS; n++) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("item", "i" + n);
            switch (n % 5) {
                case 0 -> a.add("value", n % 3 != 0);
                case 1 -> a.add("value", 1 + n % 5);
                case 2 -> a.add("value", n % 6);
                case 3 -> a.add("value", 20 + n);
                default -> a.add("value", n % 2 == 0 ? "good" : "bad").add("comment", "Observed at the counter");
            }
            answers.add(a);
        }
        return answers.build();
    }
}
