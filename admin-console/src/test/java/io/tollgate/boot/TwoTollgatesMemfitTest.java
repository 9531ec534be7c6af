package io.tollgate.boot;

import static io.tollgate.boot.AibalancePair.BURST;
import static io.tollgate.boot.AibalancePair.MEMFIT;
import static io.tollgate.boot.AibalancePair.PLAIN;
import static io.tollgate.boot.AibalancePair.chat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.domain.totp.TotpSecret;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Tollgate A uses Tollgate B as its aibalance upstream: each on its own database, B's secret fetched through a counting proxy. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoTollgatesMemfitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AibalancePair pair;
    private static DatabaseConfig aDb;
    private static RunningTollgate a;
    private static String aKey;

    @BeforeAll
    static void start() throws Exception {
        pair = new AibalancePair();
        aDb = TestDatabases.freshConfig();
        a = pair.startA(aDb, true);
        aKey = AibalancePair.key(a, "downstream-user");
    }

    @AfterAll
    static void stop() {
        a.close();
        pair.close();
    }

    private static Optional<TotpSecret> savedOnA() {
        try (Database database = Database.start(aDb)) {
            return database.upstreamTotpSecrets().forUpstream(pair.proxy.baseUrl("b"));
        }
    }

    private static TotpSecret bSecret() throws Exception {
        return new TotpSecret(JSON.readTree(pair.b.admin("GET", "/admin/api/totp", null).body()).get("secret").asText());
    }

    private static void assertAnswered(HttpResponse<String> reply, boolean stream) {
        assertEquals(200, reply.statusCode(), reply.body());
        assertTrue(stream ? reply.body().contains("data: [DONE]") : reply.body().contains("\"choices\""), reply.body());
    }

    @Test
    @Order(1)
    void aNonMemfitModelThroughANeverFetchesNorSendsTheHeader() throws Exception {
        assertAnswered(chat(a, aKey, PLAIN, false, "5+5?"), false);
        assertAnswered(chat(a, aKey, PLAIN, true, "5+5?"), true);

        assertEquals(0, pair.proxy.fetches("b"));
        assertEquals(List.of(new CountingProxy.Call("b", PLAIN, false), new CountingProxy.Call("b", PLAIN, false)), pair.proxy.calls());
        assertEquals(Optional.empty(), savedOnA());
    }

    @Test
    @Order(2)
    void aFirstMemfitCallFetchesAndSavesTheSecretAndTheNextLoadsItWithoutFetching() throws Exception {
        assertAnswered(chat(a, aKey, MEMFIT, false, "1+1?"), false);
        assertEquals(1, pair.proxy.fetches("b"));
        assertEquals(Optional.of(bSecret()), savedOnA());

        assertAnswered(chat(a, aKey, MEMFIT, false, "1+1?"), false);
        a.close();
        a = pair.startA(aDb, false);
        assertAnswered(chat(a, aKey, MEMFIT, true, "1+1?"), true);

        assertEquals(1, pair.proxy.fetches("b"), "neither memory nor, after a restart, the database needed a fetch");
        assertTrue(pair.proxy.calls().stream().filter(c -> c.model().equals(MEMFIT)).allMatch(CountingProxy.Call::memfitHeader));
    }

    @Test
    @Order(3)
    void afterBRotatesAJsonCallIsRefusedThenRefreshedRetriedAndAnswered() throws Exception {
        int before = pair.proxy.fetches("b");
        long callsBefore = memfitCalls();
        pair.rotateB();

        assertAnswered(chat(a, aKey, MEMFIT, false, "2+2?"), false);

        assertEquals(before + 1, pair.proxy.fetches("b"));
        assertEquals(callsBefore + 2, memfitCalls(), "the refused call and its one retry");
        assertEquals(Optional.of(bSecret()), savedOnA());
    }

    @Test
    @Order(4)
    void afterBRotatesAStreamingCallIsRefreshedAndRetriedInvisibly() throws Exception {
        int before = pair.proxy.fetches("b");
        long callsBefore = memfitCalls();
        pair.rotateB();

        HttpResponse<String> reply = chat(a, aKey, MEMFIT, true, "2+2?");

        assertAnswered(reply, true);
        assertTrue(reply.body().startsWith("data: "), "no trace of the refused attempt reaches the caller");
        assertEquals(before + 1, pair.proxy.fetches("b"));
        assertEquals(callsBefore + 2, memfitCalls());
    }

    @Test
    @Order(5)
    void fiftyConcurrentFirstMemfitCallsFetchOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                replies.add(threads.submit(() -> chat(a, aKey, BURST, false, "burst")));
            }
            for (Future<HttpResponse<String>> reply : replies) {
                assertAnswered(reply.get(), false);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, pair.proxy.fetches("burst"));
    }

    private static long memfitCalls() {
        return pair.proxy.calls().stream().filter(c -> c.model().equals(MEMFIT)).count();
    }
}
