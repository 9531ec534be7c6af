package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM under load: every call already accepted is answered in full, and exactly the answered calls are charged. */
class SigtermDrainTest {

    private static final int CALLERS = 12;
    private static final String LATENCY_MS = "1500";

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What became of one call. */
    enum Outcome { ANSWERED, REFUSED, UNANSWERED_AFTER_SIGNAL, BROKEN }

    @Test
    void inFlightCallsFinishAndOnlyAnsweredCallsAreCharged() throws Exception {
        DatabaseConfig db = TestDatabases.freshConfig();
        Map<String, String> env = Map.of("TOLLGATE_DB_URL", db.url(), "TOLLGATE_DB_USER", db.user(),
                "TOLLGATE_DB_PASSWORD", db.password(), "TOLLGATE_ADMIN_TOKEN", RunningTollgate.ADMIN_TOKEN,
                "TOLLGATE_JWT_SECRET", RunningTollgate.JWT_SECRET, "TOLLGATE_DATA_DIR", dataDir.toString(),
                "TOLLGATE_SHUTDOWN_GRACE", "30s");
        try (ChildTollgate child = ChildTollgate.start(env, dataDir.resolve("tollgate.log"))) {
            String userId = admin(child, "POST", "/admin/api/users",
                    "{\"username\":\"drained\",\"password\":\"password123\",\"balance\":1000}").get("id").asText();
            String key = admin(child, "POST", "/admin/api/keys", "{\"userId\":\"" + userId + "\"}").get("key").asText();
            String account = admin(child, "GET", "/admin/api/accounts", null).at("/data/0/id").asText();
            admin(child, "PATCH", "/admin/api/accounts/" + account, "{\"options\":{\"latencyMs\":" + LATENCY_MS + "}}");

            ConcurrentMap<Outcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            AtomicLong signalAt = new AtomicLong(Long.MAX_VALUE);
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                boolean stream = i % 2 == 0;
                // Staggered, so that whenever the signal comes some calls are half-way through their upstream's latency.
                long staggerMillis = i * Long.parseLong(LATENCY_MS) / CALLERS;
                callers.add(Thread.ofVirtual().start(() -> {
                    sleep(staggerMillis);
                    callUntilRefused(child, key, stream, signalAt, outcomes);
                }));
            }
            Thread.sleep(3_000);
            long signalled = System.nanoTime();
            signalAt.set(signalled);
            int exit = child.terminate(Duration.ofSeconds(90));
            long stopMillis = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
            for (Thread caller : callers) {
                caller.join(Duration.ofSeconds(30));
            }
            int answered = count(outcomes, Outcome.ANSWERED);
            int[] charged = charges(db, userId);
            System.out.printf("SIGTERM drain: exit %d after %d ms; answered %d, refused %d, unanswered after the signal %d, "
                            + "broken %d; usage rows charged %d, usage ledger rows %d%n", exit, stopMillis, answered,
                    count(outcomes, Outcome.REFUSED), count(outcomes, Outcome.UNANSWERED_AFTER_SIGNAL),
                    count(outcomes, Outcome.BROKEN), charged[0], charged[1]);
            assertEquals(0, exit, child.logText());
            assertEquals(0, count(outcomes, Outcome.BROKEN), () -> "a call sent before SIGTERM lost its reply:\n" + child.logTail());
            assertTrue(answered > CALLERS, "calls were answered before and after the signal: " + answered);
            assertTrue(stopMillis >= Long.parseLong(LATENCY_MS) / 4, "the stop waited for calls in flight: " + stopMillis + " ms");
            assertEquals(answered, charged[0], "usage rows charged equal replies received");
            assertEquals(answered, charged[1], "usage ledger rows equal replies received");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void callUntilRefused(ChildTollgate child, String key, boolean stream, AtomicLong signalAt,
                                  ConcurrentMap<Outcome, AtomicInteger> outcomes) {
        while (true) {
            long sentAt = System.nanoTime();
            Outcome outcome = call(child, key, stream, sentAt < signalAt.get());
            outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
            if (outcome != Outcome.ANSWERED) {
                return;
            }
        }
    }

    private Outcome call(ChildTollgate child, String key, boolean stream, boolean sentBeforeSignal) {
        String body = "{\"model\":\"mock-gpt\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"drain "
                + UUID.randomUUID() + "\"}]}";
        try {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(child.base() + "/v1/chat/completions"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (reply.statusCode() == 200 && reply.body().contains(stream ? "data: [DONE]" : "\"choices\"")) {
                return Outcome.ANSWERED;
            }
            if (reply.statusCode() == 503 && reply.body().contains("\"shutting_down\"")) {
                return Outcome.REFUSED;
            }
            System.out.println("unexpected reply " + reply.statusCode() + ": " + reply.body());
            return Outcome.BROKEN;
        } catch (IOException noReply) {
            return sentBeforeSignal ? Outcome.BROKEN : Outcome.UNANSWERED_AFTER_SIGNAL;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.BROKEN;
        }
    }

    private JsonNode admin(ChildTollgate child, String method, String path, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(child.base() + path)).method(method, body)
                .header("Authorization", "Bearer " + RunningTollgate.ADMIN_TOKEN).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(reply.statusCode() / 100 == 2, method + " " + path + ": " + reply.statusCode() + " " + reply.body());
        return RelayAdmin.read(reply.body());
    }

    private static int count(ConcurrentMap<Outcome, AtomicInteger> outcomes, Outcome outcome) {
        return outcomes.getOrDefault(outcome, new AtomicInteger()).get();
    }

    /** Usage rows with a cost, and usage rows of the ledger, of this user. */
    private static int[] charges(DatabaseConfig db, String userId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            return new int[] {
                    count(connection, "SELECT count(*) FROM usage_records WHERE user_id = ?::uuid AND status = 'ok' AND cost > 0", userId),
                    count(connection, "SELECT count(*) FROM ledger_entries WHERE user_id = ?::uuid AND kind = 'usage'", userId)};
        }
    }

    private static int count(Connection connection, String sql, String userId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, userId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
