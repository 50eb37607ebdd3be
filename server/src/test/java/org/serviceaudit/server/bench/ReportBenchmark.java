package org.serviceaudit.server.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 12-month period report of a large client, made by a running server: 200 locations,
 * 2,400 published audits of the 60-item benchmark template (made through the API, so they
 * are scored and stored as in real use, then spread over the year), and 10,000 probe runs
 * (8,000 email, 2,000 website, written straight into the database: they come from probes
 * that would need mail servers and sites). Then the same report is asked for again and again;
 * each job's own duration (from start to stored PDF) is the figure. Run by
 * {@code scripts/bench-report.sh}, which starts the server with the heap it is to fit in.
 *
 * <p>Arguments: server URL, database URL (the server's; PostgreSQL), server pid (or empty), admin password.
 */
public final class ReportBenchmark {

    static final int LOCATIONS = 200;
    static final int AUDITS = 2_400;
    static final int EMAIL_RUNS = 8_000;
    static final int WEBSITE_RUNS = 2_000;
    private static final String TEMPLATE = "bench-report-60";
    private static final int YEAR = 2026;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI api;
    private final String database;
    private String admin;
    private String auditor;
    private long auditorId;

    private ReportBenchmark(URI base, String database) {
        this.api = base.resolve("/api/");
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!base.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("the benchmark only talks to servers on 127.0.0.1, not " + base.getHost());
        }
        String database = args[1];
        if (!database.startsWith("jdbc:postgresql://127.0.0.1")) {
            throw new IllegalArgumentException("the report benchmark seeds a PostgreSQL database on 127.0.0.1, not " + database);
        }
        long pid = args.length > 2 && !args[2].isBlank() ? Long.parseLong(args[2].strip()) : -1;
        ReportBenchmark bench = new ReportBenchmark(base, database);
        bench.signIn(args.length > 3 ? args[3] : "correct-horse-battery-7");
        long client = bench.seed();
        bench.measure(client, pid);
    }

    private void signIn(String adminPassword) throws Exception {
        admin = token("admin", adminPassword);
        String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "bench password " + UUID.randomUUID();
        auditorId = id(post("users", Json.createObjectBuilder().add("username", name).add("displayName", "Bench").add("role", "auditor")
                .add("password", password).build().toString(), admin));
        auditor = token(name, password);
    }

    private long seed() throws Exception {
        Instant started = Instant.now();
        post("templates", template().toString(), admin);
        long client = id(post("clients", "{\"name\": \"Бенчмарк " + UUID.randomUUID().toString().substring(0, 6) + "\"}", admin));
        long[] locations = new long[LOCATIONS];
        parallel(8, LOCATIONS, i -> locations[i] = id(post("clients/" + client + "/locations", "{\"name\": \"Location " + (i + 1)
                + "\", \"timeZone\": \"Europe/Stockholm\"}", admin)));
        Random random = new Random(42);
        double[] quality = new double[LOCATIONS];
        for (int i = 0; i < LOCATIONS; i++) {
            quality[i] = 0.55 + 0.45 * random.nextDouble();
        }
        long[] audits = new long[AUDITS];
        parallel(8, AUDITS, i -> {
            long audit = id(post("audits", "{\"locationId\": " + locations[i % LOCATIONS] + ", \"templateId\": \"" + TEMPLATE
                    + "\", \"auditorId\": " + auditorId + ", \"dueFrom\": \"2026-01-01T00:00:00Z\", \"dueTo\": \"2026-12-31T00:00:00Z\"}", admin));
            post("audits/" + audit + "/submissions", "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": "
                    + answers(new Random(i), quality[i % LOCATIONS]) + "}", auditor);
            post("audits/" + audit + "/review", "{\"decision\": \"approve\"}", admin);
            post("audits/" + audit + "/publication", "{}", admin);
            audits[i] = audit;
        });
        long mailbox = id(post("mailboxes", Json.createObjectBuilder().add("name", "bench").add("address", "anna@probe.test")
                .add("smtp", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", 9).add("security", "plain"))
                .add("imap", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", 9).add("security", "plain"))
                .add("username", "anna").add("password", "secret").build().toString(), admin));
        long[] emailProbes = new long[LOCATIONS];
        long[] websiteProbes = new long[LOCATIONS];
        parallel(8, LOCATIONS, i -> {
            emailProbes[i] = id(post("email-probes", Json.createObjectBuilder().add("locationId", locations[i]).add("mailboxId", mailbox)
                    .add("targetAddress", "sales" + i + "@shop.test").add("language", "sv").add("customerName", "Anna").build().toString(), admin));
            websiteProbes[i] = id(post("website-probes", Json.createObjectBuilder().add("clientId", client).add("locationId", locations[i])
                    .add("url", "https://shop" + i + ".example.test/").build().toString(), admin));
        });
        try (Connection db = DriverManager.getConnection(database, "postgres", "")) {
            db.setAutoCommit(false);
            spreadOverTheYear(db, audits, random);
            emailRuns(db, client, locations, emailProbes, mailbox, quality, random);
            websiteRuns(db, client, locations, websiteProbes, random);
            db.commit();
            // Outside a transaction, or the statistics are rolled back with it: without them the
            // planner expects one row where there are thousands (autovacuum would get there later).
            db.setAutoCommit(true);
            try (var analyze = db.createStatement()) {
                analyze.execute("ANALYZE");
            }
        }
        System.out.printf(Locale.ROOT, "Seeded in %d s: %d locations, %d published audits of %d items, %d email runs, %d website runs%n",
                Duration.between(started, Instant.now()).toSeconds(), LOCATIONS, AUDITS, IngestBenchmark.ITEMS, EMAIL_RUNS, WEBSITE_RUNS);
        return client;
    }

    private void measure(long client, long pid) throws Exception {
        System.out.printf(Locale.ROOT, "ServiceAudit report benchmark: %s, %d cores, %s%n", api, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (String lang : List.of("en", "en", "ru", "sv", "uk", "en")) {
            JsonObject job = report(client, lang);
            System.out.printf(Locale.ROOT, "warm-up %s: %d ms, %d bytes%n", lang, job.getJsonNumber("millis").longValue(),
                    job.getJsonNumber("fileSize").longValue());
        }
        List<Long> server = new ArrayList<>();
        List<Long> endToEnd = new ArrayList<>();
        long size = 0;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            JsonObject job = report(client, "en");
            endToEnd.add((System.nanoTime() - t) / 1_000_000);
            server.add(job.getJsonNumber("millis").longValue());
            size = job.getJsonNumber("fileSize").longValue();
            byte[] pdf = get(job.getString("download").replaceFirst("^/api/", ""));
            if (pdf.length != size) {
                throw new IllegalStateException("downloaded " + pdf.length + " bytes of " + size);
            }
        }
        server.sort(Long::compare);
        endToEnd.sort(Long::compare);
        System.out.printf(Locale.ROOT, "12-month report, %d runs: made in %d ms median (min %d, max %d); asked to downloadable %d ms median;"
                + " %d KB%n", server.size(), server.get(server.size() / 2), server.get(0), server.get(server.size() - 1),
                endToEnd.get(endToEnd.size() / 2), size / 1024);
        if (pid > 0) {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            System.out.println("Server heap after the runs (jcmd GC.heap_info):");
            System.out.print(new String(jcmd.getInputStream().readAllBytes()));
        }
        System.out.println("In this (the benchmark's) JVM, " + ManagementFactory.getRuntimeMXBean().getVmName() + ":");
        org.serviceaudit.server.reports.control.TableBenchmark.run(20);
    }

    /** Asks for the report and waits until it is made. */
    private JsonObject report(long client, String lang) throws Exception {
        String id = json(post("report-jobs?clientId=" + client + "&period=" + YEAR + "&zone=Europe/Stockholm&lang=" + lang, "", admin))
                .getString("id");
        while (true) {
            JsonObject job = json(new String(get("report-jobs/" + id)));
            switch (job.getString("state")) {
                case "done" -> {
                    return job;
                }
                case "failed" -> throw new IllegalStateException("the report failed: " + job);
                default -> Thread.sleep(20);
            }
        }
    }

    /** The audits were all submitted today; spread them over the year as a year of audits would be. */
    private static void spreadOverTheYear(Connection db, long[] audits, Random random) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit SET submitted_at = ? WHERE id = ?")) {
            for (long audit : audits) {
                update.setTimestamp(1, Timestamp.from(instantIn2026(random)));
                update.setLong(2, audit);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void emailRuns(Connection db, long client, long[] locations, long[] probes, long mailbox, double[] quality, Random random)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO email_run (id, probe_id, location_id, client_id, mailbox_id,"
                + " run_trigger, due_at, state, token, language, question_id, customer_name, from_address, to_address, subject, body,"
                + " threshold_minutes, give_up_days, sent_at, give_up_at, replied_at, replied_after_s, on_time, score, verdict, finished_at,"
                + " row_version) VALUES (?, ?, ?, ?, ?, 'SCHEDULE', ?, ?, ?, 'sv', 'bulk', 'Anna', 'anna@probe.test', 'sales@shop.test',"
                + " 'Rabatt', 'Hej', 600, 3, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (int i = 0; i < EMAIL_RUNS; i++) {
                int l = i % LOCATIONS;
                Instant sent = instantIn2026(random);
                boolean replied = random.nextDouble() < quality[l];
                long after = replied ? (long) (random.nextDouble() * random.nextDouble() * 40 * 3600) : -1;
                insert.setLong(1, 900_000_000L + i);
                insert.setLong(2, probes[l]);
                insert.setLong(3, locations[l]);
                insert.setLong(4, client);
                insert.setLong(5, mailbox);
                insert.setTimestamp(6, Timestamp.from(sent));
                insert.setString(7, replied ? "REPLIED" : "NO_REPLY");
                insert.setString(8, "bench" + i);
                insert.setTimestamp(9, Timestamp.from(sent));
                insert.setTimestamp(10, Timestamp.from(sent.plus(Duration.ofDays(3))));
                insert.setTimestamp(11, replied ? Timestamp.from(sent.plusSeconds(after)) : null);
                if (replied) {
                    insert.setLong(12, after);
                } else {
                    insert.setNull(12, java.sql.Types.BIGINT);
                }
                insert.setBoolean(13, replied && after <= 36_000);
                insert.setDouble(14, replied ? (after <= 36_000 ? 0.6 + 0.4 * random.nextDouble() : 0.3) : 0.0);
                insert.setString(15, replied ? null : "no reply within 3 days");
                insert.setTimestamp(16, Timestamp.from(sent.plus(Duration.ofDays(3))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void websiteRuns(Connection db, long client, long[] locations, long[] probes, Random random) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO website_run (id, probe_id, client_id, location_id, run_trigger,"
                + " due_at, state, url, started_at, finished_at, reachable, score, faq_found, faq_clicks, faq_pairs, topics_covered,"
                + " topics_total, contact_visible, chat_present, load_millis, row_version)"
                + " VALUES (?, ?, ?, ?, 'SCHEDULE', ?, 'DONE', ?, ?, ?, TRUE, ?, ?, 1, 12, ?, 4, TRUE, ?, 800, 1)")) {
            for (int i = 0; i < WEBSITE_RUNS; i++) {
                int l = i % LOCATIONS;
                Instant due = instantIn2026(random);
                boolean faq = random.nextDouble() < 0.8;
                insert.setLong(1, 900_000_000L + i);
                insert.setLong(2, probes[l]);
                insert.setLong(3, client);
                insert.setLong(4, locations[l]);
                insert.setTimestamp(5, Timestamp.from(due));
                insert.setString(6, "https://shop" + l + ".example.test/");
                insert.setTimestamp(7, Timestamp.from(due));
                insert.setTimestamp(8, Timestamp.from(due.plusSeconds(2)));
                insert.setDouble(9, faq ? 0.5 + 0.5 * random.nextDouble() : 0.2);
                insert.setBoolean(10, faq);
                insert.setInt(11, faq ? random.nextInt(5) : 0);
                insert.setBoolean(12, random.nextBoolean());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Instant instantIn2026(Random random) {
        return LocalDate.of(YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) (random.nextDouble() * 364 * 86_400));
    }

    /** The ingest benchmark's 60 items, each tagged with one of the nine dimensions. */
    private static JsonObject template() {
        JsonObject template = IngestBenchmark.template();
        List<String> dimensions = Arrays.asList("care", "politeness", "honesty", "helpfulness", "promptness", "accessibility",
                "friendliness", "knowledge", "professionalism");
        JsonArrayBuilder sections = Json.createArrayBuilder();
        AtomicInteger n = new AtomicInteger();
        template.getJsonArray("sections").getValuesAs(JsonObject.class).forEach(section -> {
            JsonArrayBuilder items = Json.createArrayBuilder();
            section.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> items.add(Json.createObjectBuilder(item)
                    .add("dimensions", Json.createArrayBuilder().add(dimensions.get(n.getAndIncrement() % dimensions.size())))));
            sections.add(Json.createObjectBuilder(section).add("items", items));
        });
        return Json.createObjectBuilder(template).add("id", TEMPLATE).add("channel", "visit").add("sections", sections).build();
    }

    /** Answers that pass more often the better the location, with a comment on some failures. */
    private static String answers(Random random, double quality) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (int n = 0; n < IngestBenchmark.ITEMS; n++) {
            boolean good = random.nextDouble() < quality;
            var a = Json.createObjectBuilder().add("item", "i" + n);
            switch (n % 5) {
                case 0 -> a.add("value", good);
                case 1 -> a.add("value", good ? 4 + random.nextInt(2) : 1 + random.nextInt(3));
                case 2 -> a.add("value", good ? random.nextInt(4) : 4 + random.nextInt(3));
                case 3 -> a.add("value", good ? 10 + random.nextInt(30) : 41 + random.nextInt(60));
                default -> a.add("value", good ? "good" : "bad");
            }
            if (!good && random.nextInt(4) == 0) {
                a.add("comment", "Kunden fick vänta vid disken; personalen hälsade inte.");
            }
            answers.add(a);
        }
        return answers.build().toString();
    }

    private interface Work {
        void run(int i) throws Exception;
    }

    private static void parallel(int threads, int count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    work.run(index);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private String token(String username, String password) throws Exception {
        return json(send(HttpRequest.newBuilder(api.resolve("sessions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", username).add("password", password)
                        .build().toString())).build())).getString("token");
    }

    private String post(String path, String json, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + admin)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return r.body();
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static long id(String json) {
        return json(json).getJsonNumber("id").longValue();
    }
}
