package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.domain.identity.ApiKeyId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A flood of made-up API keys does not push a busy key out of the lookups a node remembers. Seen from outside: a key
 * deleted by another node is still answered while this node remembers it (the clock stands still here, so it
 * remembers it until it is pushed out), and it still is after more made-up keys than the cache holds.
 */
class ApiKeyFloodTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FLOOD = 100_001;

    private static int models(RunningTollgate app, String key) {
        return app.user(key, "GET", "/v1/models", null).statusCode();
    }

    @Test
    void aBusyKeyIsStillRememberedAfterMoreMadeUpKeysThanTheCacheHolds() throws Exception {
        Clock stopped = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        try (RunningTollgate app = new RunningTollgate(io.tollgate.adapter.persistence.TestDatabases.freshConfig(), Map.of(), stopped)) {
            String user = JSON.readTree(app.admin("POST", "/admin/api/users",
                    "{\"username\":\"frank\",\"password\":\"password123\",\"balance\":10}").body()).get("id").asText();
            JsonNode key = JSON.readTree(app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body());
            String secret = key.get("key").asText();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, models(app, secret));
            }
            try (Database otherNode = Database.start(app.db)) {
                otherNode.apiKeys().delete(ApiKeyId.parse(key.get("id").asText()).orElseThrow());
            }
            assertEquals(200, models(app, secret), "remembered: this node has not looked again");

            AtomicInteger refused = new AtomicInteger();
            Semaphore inFlight = new Semaphore(32);
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                inFlight.acquire();
                HttpRequest request = HttpRequest.newBuilder(URI.create(app.base() + "/v1/models"))
                        .header("Authorization", "Bearer sk-tg-" + UUID.randomUUID()).GET().build();
                calls.add(app.client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((reply, failed) -> {
                    inFlight.release();
                    if (reply != null && reply.statusCode() == 401) {
                        refused.incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            assertEquals(FLOOD, refused.get());

            assertEquals(200, models(app, secret), "the flood of made-up keys did not push the busy one out");
        }
    }
}
