package org.serviceaudit.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint × every kind of caller × their own or someone else's data → the expected
 * status. The matrix below is the specification; the test also reads the server's OpenAPI
 * document and fails for an endpoint the matrix does not cover (or a row for one that is gone).
 *
 * <p>All data belongs to auditor A and client X: for auditor B and the manager of client Y it
 * is someone else's. Each cell runs against fresh data, so a cell that changes something (a
 * review, a disabled user) cannot change the outcome of another.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Api.war();
    }

    @ArquillianResource
    URL url;

    /** The callers, in the order of the matrix's columns. */
    enum Caller { ADMIN, AUDITOR_A, AUDITOR_B, MANAGER_X, MANAGER_Y, ANONYMOUS }

    /*
     * Paths name their data: {client} and {location} are client X's (where auditor A has an audit),
     * {audit:<status>} an audit of auditor A at client X in that status, {submission} that audit's
     * submission, {user} a spare auditor account, {template}/{version} a shipped template.
     * Bodies are named; see body().
     */
    static final String MATRIX = """
            # method  path                                          body          admin audA audB mgrX mgrY anon
            POST      /sessions                                     sign-in       201   201  201  201  201  201
            DELETE    /sessions/current                             -             204   204  204  204  204  401
            GET       /me                                           -             200   200  200  200  200  401
            PUT       /me/password                                  own-password  204   204  204  204  204  401
            GET       /users                                        -             200   403  403  403  403  401
            POST      /users                                        user          201   403  403  403  403  401
            GET       /users/{user}                                 -             200   403  403  403  403  401
            POST      /users/{user}/disable                         -             200   403  403  403  403  401
            POST      /users/{user}/enable                          -             200   403  403  403  403  401
            PUT       /users/{user}/password                        reset         200   403  403  403  403  401
            GET       /changes                                      -             200   403  403  403  403  401
            GET       /clients                                      -             200   403  403  200  200  401
            POST      /clients                                      client        201   403  403  403  403  401
            GET       /clients/{client}                             -             200   403  403  200  404  401
            PUT       /clients/{client}                             client        200   403  403  403  403  401
            GET       /clients/{client}/locations                   -             200   403  403  200  404  401
            POST      /clients/{client}/locations                   location      201   403  403  403  403  401
            GET       /locations/{location}                         -             200   200  404  200  404  401
            PUT       /locations/{location}                         location      200   403  403  403  403  401
            GET       /templates                                    -             200   200  200  200  200  401
            POST      /templates                                    template      201   403  403  403  403  401
            GET       /templates/{template}                         -             200   200  200  200  200  401
            GET       /templates/{template}/versions/{version}      -             200   200  200  200  200  401
            GET       /audits                                       -             200   200  200  200  200  401
            POST      /audits                                       audit         201   403  403  403  403  401
            GET       /audits/{audit:assigned}                      -             200   200  404  404  404  401
            GET       /audits/{audit:published}                     -             200   200  404  200  404  401
            PUT       /audits/{audit:assigned}/auditor              assignment    200   403  403  403  403  401
            POST      /audits/{audit:assigned}/submissions          submission    201   201  404  403  403  401
            GET       /audits/{audit:submitted}/submissions         -             200   200  404  404  404  401
            GET       /audits/{audit:published}/submissions         -             200   200  404  200  404  401
            GET       /audits/{audit:submitted}/submissions/{submission}  -       200   200  404  404  404  401
            GET       /audits/{audit:published}/submissions/{submission}  -       200   200  404  200  404  401
            POST      /audits/{audit:submitted}/review              approve       200   403  403  403  403  401
            POST      /audits/{audit:approved}/publication          -             200   403  403  403  403  401
            POST      /audits/{audit:assigned}/photos               photo         201   201  404  403  403  401
            GET       /audits/{audit:published}/photos              -             200   200  404  200  404  401
            GET       /audits/{audit:assigned}/photos/{photo}       -             200   200  404  404  404  401
            GET       /audits/{audit:assigned}/report               -             409   409  404  404  404  401
            GET       /audits/{audit:submitted}/report              -             200   200  404  404  404  401
            GET       /audits/{audit:published}/report?lang=uk      -             200   200  404  200  404  401
            GET       /mailboxes                                    -             200   403  403  403  403  401
            POST      /mailboxes                                    mailbox       201   403  403  403  403  401
            GET       /mailboxes/{mailbox}                          -             200   403  403  403  403  401
            PUT       /mailboxes/{mailbox}                          mailbox       200   403  403  403  403  401
            GET       /email-probes                                 -             200   403  403  403  403  401
            POST      /email-probes                                 email-probe   201   403  403  403  403  401
            GET       /email-probes/{probe}                         -             200   403  403  403  403  401
            PUT       /email-probes/{probe}                         email-probe   200   403  403  403  403  401
            POST      /email-probes/{probe}/runs                    -             202   403  403  403  403  401
            GET       /email-runs                                   -             200   403  403  200  200  401
            GET       /email-runs/{run}                             -             200   403  403  200  404  401
            GET       /website-probes                               -             200   403  403  403  403  401
            POST      /website-probes                               website-probe 201   403  403  403  403  401
            GET       /website-probes/{website}                     -             200   403  403  403  403  401
            PUT       /website-probes/{website}                     website-probe 200   403  403  403  403  401
            POST      /website-probes/{website}/runs                -             202   403  403  403  403  401
            GET       /website-runs                                 -             200   403  403  200  200  401
            GET       /website-runs/{siterun}                       -             200   403  403  200  404  401
            GET       /index?clientId={client}&period=2026-11       -             200   403  403  200  404  401
            GET       /index/csv?clientId={client}&period=2026-11   -             200   403  403  200  404  401
            GET       /index/details?clientId={client}&period=2026-11  -          200   403  403  200  404  401
            GET       /clients/{client}/index-weights               -             200   403  403  200  404  401
            PUT       /clients/{client}/index-weights               weights       200   403  403  403  403  401
            POST      /report-jobs?clientId={client}&period=2026-11  -            202   403  403  202  404  401
            GET       /report-jobs                                  -             200   403  403  200  200  401
            GET       /report-jobs/{reportjob}                      -             200   403  403  200  404  401
            GET       /report-jobs/{reportjob}/pdf                  -             200   403  403  200  404  401
            """;

    record Row(String method, String path, String body, Map<Caller, Integer> expected) {

        /** The path with every placeholder as {}, to compare with the OpenAPI document's. */
        String shape() {
            return method + " " + path.replaceFirst("\\?.*$", "").replaceAll("\\{[^}]*}", "{}");
        }
    }

    static List<Row> rows() {
        return MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(line -> {
            String[] f = line.split("\\s+");
            assertEquals(3 + Caller.values().length, f.length, () -> "matrix row " + line);
            Map<Caller, Integer> expected = new HashMap<>();
            for (Caller c : Caller.values()) {
                expected.put(c, Integer.parseInt(f[3 + c.ordinal()]));
            }
            return new Row(f[0], f[1], f[2], expected);
        }).toList();
    }

    private Api admin;
    private Api.Account auditorA;
    private Api.Account auditorB;
    private Api.Account managerX;
    private Api.Account managerY;
    private final Map<Caller, Api> signedIn = new HashMap<>();
    private long clientX;
    private long locationX;

    @BeforeEach
    void world() {
        admin = Api.admin(url);
        clientX = admin.client();
        long clientY = admin.client();
        locationX = admin.location(clientX);
        admin.location(clientY);
        auditorA = admin.user("auditor", null);
        auditorB = admin.user("auditor", null);
        managerX = admin.user("manager", clientX);
        managerY = admin.user("manager", clientY);
        // Auditor A has an audit at location X from the start, so may read that location.
        admin.audit(locationX, "phone-etiquette", auditorA.id(), "2026-11-01T00:00:00Z");
        signedIn.put(Caller.ADMIN, admin);
        signedIn.put(Caller.AUDITOR_A, admin.signIn(auditorA));
        signedIn.put(Caller.AUDITOR_B, admin.signIn(auditorB));
        signedIn.put(Caller.MANAGER_X, admin.signIn(managerX));
        signedIn.put(Caller.MANAGER_Y, admin.signIn(managerY));
        signedIn.put(Caller.ANONYMOUS, admin.anonymous());
    }

    @Test
    void theMatrixCoversEveryEndpointOfTheApi() {
        String document = admin.send(HttpRequest.newBuilder(admin.uri("/openapi")).header("Accept", "application/json").GET())
                .expect(200).body();
        JsonObject paths = Json.createReader(new StringReader(document)).readObject().getJsonObject("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> served.add(m.toUpperCase(Locale.ROOT) + " " + path.substring(path.indexOf("/api/") + 4)
                        .replaceAll("\\{[^}]*}", "{}"))));
        Set<String> covered = rows().stream().map(Row::shape).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(served);
        assertEquals(Set.of(), missing, "endpoints without rows in the authorization matrix");
        assertEquals(Set.of(), stale, "matrix rows for endpoints the server does not have");
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        return rows().stream().flatMap(row -> Arrays.stream(Caller.values()).map(caller ->
                DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + caller, () -> {
                    Cell cell = new Cell(caller);
                    String path = cell.resolve(row.path());
                    Api api = row.path().equals("/sessions/current") && caller != Caller.ANONYMOUS
                            ? admin.signIn(cell.account()) : signedIn.get(caller);
                    Api.Reply reply = switch (row.method()) {
                        case "GET" -> api.get(path.substring(1));
                        case "DELETE" -> api.delete(path.substring(1));
                        case "POST" -> row.body().equals("photo") ? api.postBytes(path.substring(1), "image/png", Api.png(7))
                                : api.post(path.substring(1), cell.body(row.body()));
                        case "PUT" -> api.send(HttpRequest.newBuilder(api.uri(path.substring(1))).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(cell.body(row.body()))));
                        default -> throw new IllegalArgumentException(row.method());
                    };
                    int expected = row.expected().get(caller);
                    if (expected >= 400) {
                        reply.problem(expected);
                    } else {
                        reply.expect(expected);
                    }
                })));
    }

    /** One cell's data, made when the cell's path or body first asks for it. */
    private final class Cell {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([a-z]+))?}");
        private final Caller caller;
        private final Map<String, Long> audits = new HashMap<>();
        private final Map<Long, String> submissions = new HashMap<>();
        private long lastAudit;
        private Api.Account spare;
        private Long mailbox;
        private Long probe;
        private Long website;

        Cell(Caller caller) {
            this.caller = caller;
        }

        Api.Account account() {
            return switch (caller) {
                case ADMIN -> new Api.Account(admin.get("me").json().getJsonNumber("id").longValue(), "admin", Api.ADMIN_PASSWORD);
                case AUDITOR_A -> auditorA;
                case AUDITOR_B -> auditorB;
                case MANAGER_X -> managerX;
                case MANAGER_Y -> managerY;
                case ANONYMOUS -> throw new IllegalStateException("anonymous has no account");
            };
        }

        String resolve(String path) {
            Matcher m = PLACEHOLDER.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(resolved, switch (m.group(1)) {
                    case "client" -> Long.toString(clientX);
                    case "location" -> Long.toString(locationX);
                    case "user" -> Long.toString(spare().id());
                    case "template" -> "phone-etiquette";
                    case "version" -> Integer.toString(admin.get("templates/phone-etiquette").json().getInt("version"));
                    case "audit" -> Long.toString(audit(m.group(2)));
                    case "submission" -> submissions.get(lastAudit);
                    case "mailbox" -> Long.toString(mailbox());
                    case "probe" -> Long.toString(probe());
                    case "run" -> Long.toString(admin.post("email-probes/" + probe() + "/runs", "").expect(202).json()
                            .getJsonNumber("id").longValue());
                    case "website" -> Long.toString(website());
                    case "siterun" -> Long.toString(admin.post("website-probes/" + website() + "/runs", "").expect(202).json()
                            .getJsonNumber("id").longValue());
                    case "reportjob" -> reportJob();
                    case "photo" -> admin.postBytes("audits/" + lastAudit + "/photos", "image/png", Api.png(3)).expect(201).json().getString("id");
                    default -> throw new IllegalArgumentException("unknown placeholder " + m.group());
                });
            }
            m.appendTail(resolved);
            return resolved.toString();
        }

        /** A probe mailbox whose servers do not answer: runs of it fail, which is enough to read them. */
        long mailbox() {
            if (mailbox == null) {
                mailbox = admin.post("mailboxes", body("mailbox")).expect(201).json().getJsonNumber("id").longValue();
            }
            return mailbox;
        }

        long probe() {
            if (probe == null) {
                probe = admin.post("email-probes", body("email-probe")).expect(201).json().getJsonNumber("id").longValue();
            }
            return probe;
        }

        /** A finished report of client X. */
        String reportJob() {
            String id = admin.post("report-jobs?clientId=" + clientX + "&period=2026-11", "").expect(202).json().getString("id");
            try {
                ProbeMail.await(() -> admin.get("report-jobs/" + id).expect(200).json(), j -> j.getString("state").equals("done"),
                        "report job " + id + " done");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return id;
        }

        /** A website probe of client X whose site does not answer. */
        long website() {
            if (website == null) {
                website = admin.post("website-probes", body("website-probe")).expect(201).json().getJsonNumber("id").longValue();
            }
            return website;
        }

        Api.Account spare() {
            if (spare == null) {
                spare = admin.user("auditor", null);
            }
            return spare;
        }

        /** An audit of auditor A at location X, taken to the status as the real users would. */
        long audit(String status) {
            lastAudit = audits.computeIfAbsent(status, s -> {
                long id = admin.audit(locationX, "phone-etiquette", auditorA.id(), "2026-11-01T00:00:00Z");
                if (!s.equals("assigned")) {
                    UUID submission = UUID.randomUUID();
                    signedIn.get(Caller.AUDITOR_A).post("audits/" + id + "/submissions", Api.submission(submission, Api.phoneAnswers()))
                            .expect(201);
                    submissions.put(id, submission.toString());
                }
                if (s.equals("approved") || s.equals("published")) {
                    admin.post("audits/" + id + "/review", Json.createObjectBuilder().add("decision", "approve").build()).expect(200);
                }
                if (s.equals("published")) {
                    admin.post("audits/" + id + "/publication", JsonValue.EMPTY_JSON_OBJECT).expect(200);
                }
                return id;
            });
            return lastAudit;
        }

        String body(String name) {
            return switch (name) {
                case "-" -> "{}";
                case "sign-in" -> Json.createObjectBuilder().add("username", spare().username()).add("password", spare().password())
                        .build().toString();
                case "own-password" -> {
                    String password = caller == Caller.ANONYMOUS ? "whatever it is" : account().password();
                    yield Json.createObjectBuilder().add("currentPassword", password).add("newPassword", password).build().toString();
                }
                case "user" -> Json.createObjectBuilder().add("username", "new-" + UUID.randomUUID().toString().substring(0, 8))
                        .add("displayName", "New").add("role", "auditor").add("password", "a long new password " + UUID.randomUUID())
                        .build().toString();
                case "reset" -> Json.createObjectBuilder().add("password", "a reset password " + UUID.randomUUID()).build().toString();
                case "client" -> Json.createObjectBuilder().add("name", "Client " + UUID.randomUUID()).build().toString();
                case "location" -> Json.createObjectBuilder().add("name", "Harbour").add("timeZone", "Europe/Kyiv").build().toString();
                case "template" -> Json.createObjectBuilder(admin.get("templates/phone-etiquette").json())
                        .add("id", "matrix-" + UUID.randomUUID().toString().substring(0, 8)).add("version", 1).build().toString();
                case "audit" -> Json.createObjectBuilder().add("locationId", locationX).add("templateId", "phone-etiquette")
                        .add("auditorId", auditorA.id()).add("dueFrom", "2026-11-01T00:00:00Z").add("dueTo", "2026-11-08T00:00:00Z")
                        .build().toString();
                case "assignment" -> Json.createObjectBuilder().add("auditorId", auditorB.id()).build().toString();
                case "submission" -> Api.submission(UUID.randomUUID(), Api.phoneAnswers()).toString();
                case "approve" -> Json.createObjectBuilder().add("decision", "approve").build().toString();
                case "weights" -> Json.createObjectBuilder().add("phone", 0.4).add("visit", 0.4).add("email", 0.1).add("website", 0.1)
                        .add("chat", 0).build().toString();
                case "mailbox" -> Json.createObjectBuilder().add("name", "Mailbox " + UUID.randomUUID()).add("address", "anna@probe.test")
                        .add("smtp", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", 9).add("security", "plain"))
                        .add("imap", Json.createObjectBuilder().add("host", "127.0.0.1").add("port", 9).add("security", "plain"))
                        .add("username", "anna").add("password", "mailbox password").build().toString();
                case "website-probe" -> Json.createObjectBuilder().add("clientId", clientX).add("locationId", locationX)
                        .add("url", "http://127.0.0.1:9/").build().toString();
                case "email-probe" -> Json.createObjectBuilder().add("locationId", locationX).add("mailboxId", mailbox())
                        .add("targetAddress", "sales@shop.test").add("language", "en").add("customerName", "Anna Petrova")
                        .build().toString();
                default -> throw new IllegalArgumentException("unknown body " + name);
            };
        }
    }

    @Test
    void listsHoldOnlyWhatTheCallerMaySee() {
        // One audit in each status for auditor A at client X, and one for auditor B at client Y.
        Cell cell = new Cell(Caller.ADMIN);
        List<Long> ofA = new ArrayList<>();
        for (String status : List.of("assigned", "submitted", "approved", "published")) {
            ofA.add(cell.audit(status));
        }
        long clientY = signedIn.get(Caller.MANAGER_Y).get("me").json().getJsonNumber("clientId").longValue();
        long ofB = admin.audit(admin.location(clientY), "phone-etiquette", auditorB.id(), "2026-11-01T00:00:00Z");

        var mineA = signedIn.get(Caller.AUDITOR_A).get("audits?size=200").expect(200).json();
        assertTrue(mineA.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(a -> a.getJsonNumber("auditorId").longValue() == auditorA.id()), mineA::toString);
        assertTrue(ids(mineA).containsAll(ofA));
        assertEquals(Set.of(ofB), ids(signedIn.get(Caller.AUDITOR_B).get("audits").expect(200).json()));

        var forX = signedIn.get(Caller.MANAGER_X).get("audits?size=200").expect(200).json();
        assertEquals(Set.of(ofA.get(3)), ids(forX), "manager X sees only client X's published audit");
        JsonObject published = forX.getJsonArray("items").getJsonObject(0);
        assertFalse(published.containsKey("auditorId") || published.containsKey("auditor"), "which auditor came stays with the agency");
        assertEquals(auditorA.id(), admin.get("audits/" + ofA.get(3)).json().getJsonNumber("auditorId").longValue());
        assertEquals(Set.of(), ids(signedIn.get(Caller.MANAGER_Y).get("audits?clientId=" + clientX).expect(200).json()),
                "a filter for another client finds nothing");

        var clientsOfX = signedIn.get(Caller.MANAGER_X).get("clients").expect(200).json();
        assertEquals(Set.of(clientX), ids(clientsOfX));
        assertEquals(1, clientsOfX.getInt("total"));
        assertNotEquals(1, admin.get("clients").json().getInt("total"), "the admin sees every client");

        long run = admin.post("email-probes/" + cell.probe() + "/runs", "").expect(202).json().getJsonNumber("id").longValue();
        assertEquals(Set.of(run), ids(signedIn.get(Caller.MANAGER_X).get("email-runs?size=200").expect(200).json()),
                "manager X sees the runs at client X");
        assertEquals(Set.of(), ids(signedIn.get(Caller.MANAGER_Y).get("email-runs?clientId=" + clientX).expect(200).json()),
                "a filter for another client's runs finds nothing");
        long siteRun = admin.post("website-probes/" + cell.website() + "/runs", "").expect(202).json().getJsonNumber("id").longValue();
        assertEquals(Set.of(siteRun), ids(signedIn.get(Caller.MANAGER_X).get("website-runs?size=200").expect(200).json()));
        assertEquals(Set.of(), ids(signedIn.get(Caller.MANAGER_Y).get("website-runs?clientId=" + clientX).expect(200).json()));
    }

    private static Set<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }
}
