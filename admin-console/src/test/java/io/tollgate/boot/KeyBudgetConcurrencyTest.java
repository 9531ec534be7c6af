package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A key with a 1-point daily cap, called by 16 threads at once through chat, embeddings, Messages and Responses on the
 * mock platform, on one node and on two sharing one database: the calls stop at the cap, at most one is charged less than its price
 * (what the cap left), the charges add up to at most the cap and to the balance's decrease, and the key's views show
 * the spend.
 */
class KeyBudgetConcurrencyTest {

    private static final BigDecimal START = BigDecimal.valueOf(100);
    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 12;

    /** The user paying and their capped key. */
    private record CappedKey(RelayAdmin.Caller user, String id, String secret) {}

    @Test
    void oneNodeStopsAtTheCap() throws Exception {
        spendConcurrently(1);
    }

    @Test
    void twoNodesOnOneDatabaseStopAtTheCap() throws Exception {
        spendConcurrently(2);
    }

    private static void spendConcurrently(int nodeCount) throws Exception {
        DatabaseConfig shared = TestDatabases.freshConfig();
        List<RunningTollgate> nodes = new ArrayList<>();
        try {
            nodes.add(new RunningTollgate(shared, Map.of()));
            CappedKey key = configure(nodes.getFirst());
            while (nodes.size() < nodeCount) {
                nodes.add(new RunningTollgate(shared, Map.of()));
            }
            spend(nodes, key);
        } finally {
            nodes.forEach(RunningTollgate::close);
        }
    }

    /** Prices chat and an embedding model so a point covers a few dozen calls; a user with a key capped at 1 point a day. */
    private static CappedKey configure(RunningTollgate admin) {
        HttpResponse<String> priced = admin.admin("PATCH", "/admin/api/models/" + MockCatalog.MODEL,
                "{\"inputPrice\":300,\"outputPrice\":1000,\"maxOutputTokens\":40}");
        assertEquals(200, priced.statusCode(), priced.body());
        HttpResponse<String> embed = admin.admin("POST", "/admin/api/models", "{\"name\":\"mock-embed\",\"kind\":\"embedding\","
                + "\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1000,\"outputPrice\":0,\"perCallPrice\":0.01}");
        assertEquals(201, embed.statusCode(), embed.body());
        RelayAdmin relay = new RelayAdmin(admin);
        relay.account("mock-embed", "mock", "http://mock.invalid/v1", "mock-embed");
        String account = relay.account("built-in mock").get("id").asText();
        assertEquals(200, admin.admin("PATCH", "/admin/api/accounts/" + account, "{\"options\":{\"latencyMs\":\"20\"}}").statusCode());
        RelayAdmin.Caller caller = relay.caller(START);
        HttpResponse<String> capped = admin.admin("POST", "/admin/api/keys", "{\"userId\":\"" + caller.id()
                + "\",\"name\":\"capped\",\"budgets\":{\"day\":1,\"month\":\"5\"}}");
        assertEquals(400, capped.statusCode(), "a cap is a number: " + capped.body());
        assertTrue(capped.body().contains("budgets.month"), capped.body());
        capped = admin.admin("POST", "/admin/api/keys", "{\"userId\":\"" + caller.id() + "\",\"name\":\"capped\",\"budgets\":{\"day\":1,\"week\":7}}");
        assertEquals(201, capped.statusCode(), capped.body());
        JsonNode key = RelayAdmin.read(capped.body());
        assertEquals(0, BigDecimal.ONE.compareTo(key.at("/budgets/day/cap").decimalValue()), capped.body());
        HttpResponse<String> uncapWeek = admin.admin("PATCH", "/admin/api/keys/" + key.get("id").asText(), "{\"budgets\":{\"week\":null}}");
        assertEquals(200, uncapWeek.statusCode(), uncapWeek.body());
        assertTrue(RelayAdmin.read(uncapWeek.body()).get("budgets").path("week").isMissingNode(), uncapWeek.body());
        return new CappedKey(caller, key.get("id").asText(), key.get("key").asText());
    }

    /** Chat at 300 and 1,000 points per 1M input and output tokens; an embedding at 1,000 per 1M plus 0.01 a call. */
    private static BigDecimal priceOf(JsonNode record) {
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        BigDecimal prompt = BigDecimal.valueOf(record.get("promptTokens").asLong());
        BigDecimal exact = record.get("model").asText().equals("mock-embed")
                ? prompt.multiply(BigDecimal.valueOf(1000)).divide(million).add(new BigDecimal("0.01"))
                : prompt.multiply(BigDecimal.valueOf(300)).add(BigDecimal.valueOf(1000)
                        .multiply(BigDecimal.valueOf(record.get("completionTokens").asLong()))).divide(million);
        return exact.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** One call through the door numbered {@code door}: chat, embeddings, Anthropic Messages, OpenAI Responses. */
    private static HttpResponse<String> call(RunningTollgate node, String secret, int door, String question) {
        String model = MockCatalog.MODEL;
        return switch (door) {
            case 0 -> node.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"messages\":[{\"role\":"
                    + "\"user\",\"content\":\"Tell me about question " + question + ".\"}]}", "Authorization", "Bearer " + secret);
            case 1 -> node.post("/v1/embeddings", "{\"model\":\"mock-embed\",\"input\":\"chunk " + question
                    + " of a longer document\"}", "Authorization", "Bearer " + secret);
            case 2 -> node.post("/v1/messages", "{\"model\":\"" + model + "\",\"max_tokens\":40,\"messages\":[{\"role\":"
                    + "\"user\",\"content\":\"Tell me about question " + question + ".\"}]}", "x-api-key", secret);
            default -> node.post("/v1/responses", "{\"model\":\"" + model + "\",\"input\":\"Tell me about question " + question
                    + ".\"}", "Authorization", "Bearer " + secret);
        };
    }

    private static void spend(List<RunningTollgate> nodes, CappedKey capped) throws Exception {
        String user = capped.user().id();
        String keyId = capped.id();
        String secret = capped.secret();
        List<HttpResponse<String>> replies = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            List<Future<List<HttpResponse<String>>>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    List<HttpResponse<String>> mine = new ArrayList<>();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        RunningTollgate node = nodes.get((thread + i) % nodes.size());
                        mine.add(call(node, secret, (thread + i) % 4, thread + "/" + i));
                    }
                    return mine;
                }));
            }
            for (Future<List<HttpResponse<String>>> done : work) {
                replies.addAll(done.get());
            }
        }
        long served = 0;
        long refused = 0;
        for (HttpResponse<String> reply : replies) {
            if (reply.statusCode() == 200) {
                served++;
                continue;
            }
            assertEquals(429, reply.statusCode(), reply.body());
            JsonNode error = RelayAdmin.read(reply.body()).get("error");
            // Anthropic's shape has no code: the code leads its message.
            assertTrue(error.path("code").asText().equals("budget_exceeded") || error.path("type").asText().equals("rate_limit_error")
                    && error.get("message").asText().startsWith("budget_exceeded: "), reply.body());
            assertTrue(error.get("message").asText().contains("daily budget of 1 points"), reply.body());
            assertTrue(reply.headers().firstValue("Retry-After").isPresent(), "a daily cap says when it resets");
            refused++;
        }
        RunningTollgate admin = nodes.getFirst();
        BigDecimal balance = new RelayAdmin(admin).balance(capped.user());
        JsonNode records = RelayAdmin.read(admin.admin("GET", "/admin/api/users/" + user + "/usage?limit=500", null).body()).get("data");
        BigDecimal charged = BigDecimal.ZERO;
        long ok = 0;
        long underCharged = 0;
        for (JsonNode record : records) {
            charged = charged.add(record.get("cost").decimalValue());
            if (record.get("cost").decimalValue().compareTo(priceOf(record)) < 0) {
                underCharged++;
                System.out.println("charged " + record.get("cost") + " of its price " + priceOf(record) + ": " + record);
            }
            ok += record.get("status").asText().equals("ok") ? 1 : 0;
        }
        JsonNode view = RelayAdmin.read(admin.admin("GET", "/admin/api/keys?userId=" + user, null).body()).get("data");
        JsonNode day = null;
        for (JsonNode key : view) {
            if (key.get("id").asText().equals(keyId)) {
                day = key.at("/budgets/day");
            }
        }
        JsonNode own = RelayAdmin.read(admin.user(secret, "GET", "/api/v1/keys", null).body()).get("data");
        System.out.println("key budget over " + nodes.size() + " node(s), " + THREADS + " threads x " + CALLS_PER_THREAD
                + " calls (chat, embeddings, Messages, Responses): " + served + " served, " + refused + " refused budget_exceeded, " + underCharged + " charged less than its price, Σ charges "
                + charged.stripTrailingZeros().toPlainString() + " of a 1-point cap, balance Δ "
                + START.subtract(balance).stripTrailingZeros().toPlainString() + ", key view " + day);

        assertEquals(THREADS * CALLS_PER_THREAD, served + refused);
        assertTrue(served > 5 && refused > 0, served + " served, " + refused + " refused");
        assertEquals(served, ok, "every served call has its usage record");
        assertTrue(underCharged <= 1, underCharged + " calls were charged less than their price: at most one, with what the cap left");
        assertTrue(charged.compareTo(BigDecimal.ONE) <= 0, "Σ charges " + charged + " ≤ the cap");
        assertTrue(charged.compareTo(new BigDecimal("0.9")) > 0, "the calls went on until the cap was (nearly) spent: " + charged);
        assertEquals(0, START.subtract(balance).compareTo(charged), "balance Δ = Σ charges " + charged);
        assertEquals(0, charged.compareTo(day.get("spent").decimalValue()), "the key view shows the spend: " + day);
        assertTrue(own.toString().contains("\"budgets\":{\"day\":{\"cap\":1"), "the user's own key view shows the cap: " + own);
    }
}
