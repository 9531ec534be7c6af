package io.tollgate.boot;

import static io.tollgate.boot.AibalancePair.MEMFIT;
import static io.tollgate.boot.AibalancePair.PLAIN;
import static io.tollgate.boot.AibalancePair.chat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.domain.totp.TotpSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The five cases of seed 000 (aibalance's memfit TOTP test report), with Tollgate B as the aibalance server and a
 * Tollgate A started afresh for each case as the client; the client's log lines are the seed's.
 */
class AibalanceMemfitSeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AibalancePair pair;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger clientLog = (Logger) LoggerFactory.getLogger("io.tollgate.adapter.provider.MemfitTotp");
    private DatabaseConfig aDb;
    private RunningTollgate a;

    @BeforeAll
    static void startServer() throws Exception {
        pair = new AibalancePair();
    }

    @AfterAll
    static void stopServer() {
        pair.close();
    }

    @BeforeEach
    void captureClientLog() {
        log.start();
        clientLog.addAppender(log);
        aDb = TestDatabases.freshConfig();
    }

    @AfterEach
    void stopClient() {
        clientLog.detachAppender(log);
        if (a != null) {
            a.close();
        }
    }

    private List<String> lines() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private void assertLinesInOrder(String... expected) {
        List<String> lines = lines();
        int at = 0;
        for (String line : lines) {
            if (at < expected.length && line.startsWith(expected[at])) {
                at++;
            }
        }
        assertEquals(expected.length, at, "expected in order " + List.of(expected) + " in " + lines);
    }

    private Optional<TotpSecret> storedOnA() {
        try (Database database = Database.start(aDb)) {
            return database.upstreamTotpSecrets().forUpstream(pair.proxy.baseUrl("b"));
        }
    }

    private void storeOnA(TotpSecret secret) {
        try (Database database = Database.start(aDb)) {
            database.upstreamTotpSecrets().save(pair.proxy.baseUrl("b"), secret);
        }
    }

    private static TotpSecret served() throws Exception {
        return new TotpSecret(JSON.readTree(pair.b.admin("GET", "/admin/api/totp", null).body()).get("secret").asText());
    }

    private static String answer(HttpResponse<String> reply) throws Exception {
        assertEquals(200, reply.statusCode(), reply.body());
        return JSON.readTree(reply.body()).at("/choices/0/message/content").asText();
    }

    @Test
    void test1_theTotpUuidPublicEndpoint() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(pair.b.base() + "/v1/memfit-totp-uuid")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, reply.statusCode());
        assertEquals(Optional.of("application/json; charset=utf-8"), reply.headers().firstValue("Content-Type"));
        JsonNode body = JSON.readTree(reply.body());
        assertEquals("MEMFIT-AI<uuid>MEMFIT-AI", body.get("format").asText());
        assertTrue(body.get("uuid").asText().matches("MEMFIT-AI[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}MEMFIT-AI"),
                body.toString());
    }

    @Test
    void test2_firstUseOfMemfitLightFreeAfterClearingTheCache() throws Exception {
        int fetches = pair.proxy.fetches("b");
        a = pair.startA(aDb, true);

        answer(chat(a, AibalancePair.key(a, "seed2"), MEMFIT, false, "1+1?"));

        assertLinesInOrder("Initializing TOTP secret for aibalance client", "Fetching TOTP UUID from: " + pair.proxy.baseUrl("b").replace("/v1", ""),
                "Successfully fetched TOTP secret from server", "TOTP secret saved to database", "TOTP secret initialized from server",
                "Added TOTP auth header for memfit model: memfit-light-free");
        assertEquals(fetches + 1, pair.proxy.fetches("b"));
        assertEquals(Optional.of(served()), storedOnA());
    }

    @Test
    void test3_aNormalMemfitLightFreeRequestLoadsTheSecretFromTheDatabase() throws Exception {
        storeOnA(served());
        int fetches = pair.proxy.fetches("b");
        a = pair.startA(aDb, true);

        assertFalse(answer(chat(a, AibalancePair.key(a, "seed3"), MEMFIT, false, "1+1?")).isEmpty());

        assertLinesInOrder("Loaded TOTP secret from database during initialization", "Added TOTP auth header for memfit model: memfit-light-free");
        assertEquals(fetches, pair.proxy.fetches("b"), "no request to the server for the secret");
    }

    @Test
    void test4_aMismatchedSecretIsRefreshedAutomatically() throws Exception {
        storeOnA(new TotpSecret("wrong-secret-12345"));
        a = pair.startA(aDb, true);

        assertFalse(answer(chat(a, AibalancePair.key(a, "seed4"), MEMFIT, false, "2+2?")).isEmpty());

        TotpSecret right = served();
        assertLinesInOrder("Loaded TOTP secret from database during initialization", "Added TOTP auth header for memfit model",
                "TOTP authentication failed for memfit model, refreshing secret and retrying...",
                "Refreshing TOTP secret due to authentication failure...", "Fetching TOTP UUID from:",
                "Successfully fetched TOTP secret from server", "TOTP secret saved to database",
                "TOTP secret refreshed: old=wrong-se... new=" + right.value().substring(0, 8) + "...",
                "Added TOTP auth header for memfit model: memfit-light-free");
        assertEquals(Optional.of(right), storedOnA());
        assertTrue(lines().stream().noneMatch(line -> line.contains(right.value()) || line.contains("wrong-secret-12345")),
                "no secret is logged whole");
    }

    @Test
    void test5_aNonMemfitModelGlm4FlashFreeGetsNoTotp() throws Exception {
        int fetches = pair.proxy.fetches("b");
        a = pair.startA(aDb, true);
        int callsBefore = pair.proxy.calls().size();

        assertFalse(answer(chat(a, AibalancePair.key(a, "seed5"), PLAIN, false, "5+5?")).isEmpty());

        assertTrue(lines().stream().noneMatch(line -> line.startsWith("Added TOTP auth header")), lines().toString());
        assertEquals(fetches, pair.proxy.fetches("b"));
        List<CountingProxy.Call> calls = pair.proxy.calls();
        assertEquals(List.of(new CountingProxy.Call("b", PLAIN, false)), calls.subList(callsBefore, calls.size()));
    }
}
