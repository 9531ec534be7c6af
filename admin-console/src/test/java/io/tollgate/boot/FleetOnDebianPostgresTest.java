package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.tollgate.boot.FleetLoad.Call;
import io.tollgate.boot.FleetLoad.Kind;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Tollgate nodes on Debian's PostgreSQL under load; one, settling with {@code async}, is SIGKILLed and started
 * again, the other SIGTERMed. Afterwards the database must agree with what clients saw: every 2xx has its charge, the SIGTERMed node charged nothing whose
 * reply the client lacks, each balance is its ledger's sum, and the one due reminder went out once.
 */
class FleetOnDebianPostgresTest {

    private static final String ADMIN_TOKEN = "fleet-admin-token-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final AtomicInteger REMINDERS = new AtomicInteger();
    private static DebianPostgres pg;
    private static HttpServer webhook;
    private static ChildTollgate a;
    private static ChildTollgate b;
    private static Path nodesDir;
    private static Map<String, String> asyncSettings;

    @BeforeAll
    static void start() throws Exception {
        Path bin = DebianPostgres.installed().orElseThrow(() -> new AssertionError(
                "Debian's PostgreSQL is missing (apt-get install postgresql; .ci/run installs it)"));
        long started = System.nanoTime();
        pg = DebianPostgres.start(bin);
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            REMINDERS.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        Path dir = nodesDir = Files.createTempDirectory("tollgate-fleet-nodes");
        Map<String, String> env = Map.of("TOLLGATE_DB_URL", pg.jdbcUrl(), "TOLLGATE_DB_USER", DebianPostgres.USER,
                "TOLLGATE_DB_PASSWORD", "unused", "TOLLGATE_ADMIN_TOKEN", ADMIN_TOKEN,
                "TOLLGATE_MASTER_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "TOLLGATE_JWT_SECRET", RunningTollgate.JWT_SECRET,
                "TOLLGATE_REMINDER_WEBHOOK", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                "TOLLGATE_REMINDER_EVERY", "1s");
        // Node a settles with async: its replies do not wait for their charges' commits, which its journal keeps.
        asyncSettings = new java.util.HashMap<>(env);
        asyncSettings.put("TOLLGATE_SETTLEMENT_DURABILITY", "async");
        // One after the other: the first start adds the mock model, which the second then finds.
        a = ChildTollgate.start("a", dir, asyncSettings);
        assertTrue(a.awaitHealthy(CLIENT, Duration.ofSeconds(40)), () -> "node a did not start:\n" + a.logTail());
        b = ChildTollgate.start("b", dir, env);
        assertTrue(b.awaitHealthy(CLIENT, Duration.ofSeconds(40)), () -> "node b did not start:\n" + b.logTail());
        System.out.printf("PostgreSQL %s and two nodes up in %d ms%n", bin.getParent().getFileName(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable running : new AutoCloseable[] {a, b, pg}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception failed) {
                System.err.println("stopping: " + failed);
            }
        }
        if (webhook != null) {
            webhook.stop(0);
        }
        DebianPostgres.delete(nodesDir);
    }

    @Test
    void killedAndStoppedNodesLeaveEveryChargeExplainedAndEachReminderSentOnce() throws Exception {
        admin("POST", "/admin/api/models", "{\"name\":\"priced\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1000,\"outputPrice\":2000}");
        admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"pool\",\"models\":[\"priced\"]}");
        String keyA = key(user("relay-a", "1000"));
        String keyB = key(user("relay-b", "1000"));
        user("hot", "100000");
        String owner = user("owner", "0");
        JsonNode owned = admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"owned\",\"models\":[\"mock-gpt\"]}");
        try (Connection db = pg.connect()) {
            db.createStatement().executeUpdate("UPDATE provider_accounts SET owner_id = '" + owner + "', status = 'disabled',"
                    + " status_reason = 'fleet test' WHERE id = '" + owned.get("id").asText() + "'");
        }
        long reminderDeadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (REMINDERS.get() == 0 && System.nanoTime() < reminderDeadline) {
            Thread.sleep(100);
        }
        String token = RelayAdmin.read(post(a, "/shareAuth/init", "{\"username\":\"hot\",\"password\":\"password123\"}").body())
                .get("authToken").asText();

        FleetLoad load = new FleetLoad();
        long started = System.nanoTime();
        try (ExecutorService threads = FleetLoad.threads()) {
            long deadline = started + Duration.ofSeconds(12).toNanos();
            load.start(threads, a, keyA, token, 8, deadline);
            load.start(threads, b, keyB, token, 8, deadline);
            Thread.sleep(2000);
            a.kill();
            Thread.sleep(1000);
            b.terminate();
        }
        boolean bExited = b.awaitExit(Duration.ofSeconds(30));
        System.out.printf("load ran %d ms; node b exited after SIGTERM: %s%n", (System.nanoTime() - started) / 1_000_000, bExited);
        // What node a had replied to but not committed when it was killed is in its journal: its next start commits it.
        a = ChildTollgate.start("a", nodesDir, asyncSettings);
        assertTrue(a.awaitHealthy(CLIENT, Duration.ofSeconds(40)), () -> "node a did not start again:\n" + a.logTail());
        System.out.printf("node a started again; its journal: %s%n", a.logText().lines()
                .filter(line -> line.contains("found in the journal and committed now")).findFirst().orElse("nothing left to commit"));
        for (String node : new String[] {"a", "b"}) {
            for (Kind kind : Kind.values()) {
                var calls = load.of(node, kind);
                System.out.printf("node %s %s: %d sent, %d answered 2xx, %d other status, %d without reply%n", node, kind,
                        calls.size(), calls.stream().filter(Call::answered2xx).count(),
                        calls.stream().filter(c -> c.status() > 0 && !c.answered2xx()).count(),
                        calls.stream().filter(c -> c.status() < 0).count());
            }
        }

        try (Connection db = pg.connect()) {
            Set<String> chargedRelays = DebianPostgres.strings(db, "SELECT request_id FROM usage_records WHERE cost > 0");
            Set<String> chargedFinishes = DebianPostgres.strings(db, "SELECT substr(idempotency_key, 5) FROM consumptions WHERE charge > 0");
            long unchargedOk = load.calls.stream().filter(Call::answered2xx)
                    .filter(c -> !(c.kind() == Kind.RELAY ? chargedRelays : chargedFinishes).contains(c.id())).count();
            Set<String> answeredByB = load.calls.stream().filter(c -> c.node().equals("b") && c.answered2xx())
                    .map(Call::id).collect(Collectors.toSet());
            Set<String> sentToB = load.of("b", Kind.FINISH).stream().map(Call::id).collect(Collectors.toSet());
            Set<String> chargedByB = new HashSet<>(DebianPostgres.strings(db, "SELECT r.request_id FROM usage_records r JOIN users u"
                    + " ON u.id = r.user_id WHERE u.username = 'relay-b' AND r.cost > 0"));
            chargedFinishes.stream().filter(sentToB::contains).forEach(chargedByB::add);
            chargedByB.removeAll(answeredByB);
            Set<String> unbalanced = DebianPostgres.strings(db, "SELECT u.username FROM users u LEFT JOIN ledger_entries l ON l.user_id = u.id"
                    + " GROUP BY u.id, u.username, u.balance HAVING u.balance <> COALESCE(SUM(l.amount), 0)");
            System.out.printf("charged relays %d, charged finishes %d, 2xx without charge %d, charged on b without reply %d,"
                    + " users whose ledger disagrees %d, reminders delivered %d%n", chargedRelays.size(), chargedFinishes.size(),
                    unchargedOk, chargedByB.size(), unbalanced.size(), REMINDERS.get());

            assertTrue(load.calls.stream().filter(Call::answered2xx).count() > 0, "the load reached the nodes");
            assertEquals(0, unchargedOk, "every 2xx reply has its charge");
            assertEquals(Set.of(), unbalanced, "Σ ledger = balance for every user");
            assertEquals(1, REMINDERS.get(), "the one due reminder was delivered once by the two nodes");
            assertEquals(Set.of(), chargedByB, "the SIGTERMed node charged no call whose reply the client did not get");
        }
    }

    private static String user(String name, String balance) throws Exception {
        return admin("POST", "/admin/api/users", "{\"username\":\"" + name + "\",\"password\":\"password123\",\"balance\":"
                + new BigDecimal(balance) + "}").get("id").asText();
    }

    private static String key(String user) throws Exception {
        return admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").get("key").asText();
    }

    private static JsonNode admin(String method, String path, String json) throws Exception {
        HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create(a.base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(reply.statusCode() / 100 == 2, () -> path + ": " + reply.statusCode() + " " + reply.body());
        return RelayAdmin.read(reply.body());
    }

    private static HttpResponse<String> post(ChildTollgate node, String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(node.base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
