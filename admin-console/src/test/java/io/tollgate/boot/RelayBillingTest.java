package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Relay billing that never races: 500 calls at once over HTTP, the built-in mock platform and PostgreSQL. */
class RelayBillingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "{\"model\":\"priced\",\"max_tokens\":30,\"messages\":[{\"role\":\"user\",\"content\":\"count to three\"}]}";

    private static String user(RunningTollgate tg, String name, BigDecimal balance) throws Exception {
        return JSON.readTree(tg.admin("POST", "/admin/api/users", "{\"username\":\"" + name + "\",\"password\":\"password123\",\"balance\":"
                + balance + "}").body()).get("id").asText();
    }

    private static String key(RunningTollgate tg, String user) throws Exception {
        return JSON.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();
    }

    /** What one call costs, paid by a user of its own: the mock platform answers the same request the same way. */
    private static BigDecimal costOfOneCall(RunningTollgate tg) throws Exception {
        String probe = user(tg, "probe", BigDecimal.TEN);
        assertEquals(200, tg.post("/v1/chat/completions", BODY, "Authorization", "Bearer " + key(tg, probe)).statusCode());
        return JSON.readTree(tg.admin("GET", "/admin/api/users/" + probe + "/usage", null).body()).at("/data/0/cost").decimalValue();
    }

    @Test
    void fiveHundredConcurrentCallsOnABalanceForAboutTwoHundredFiftyNeverOverdraw() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            tg.admin("POST", "/admin/api/models", "{\"name\":\"priced\",\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1000,\"outputPrice\":2000}");
            tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"mock\",\"name\":\"mock-2\",\"models\":[\"priced\"]}");
            BigDecimal cost = costOfOneCall(tg);
            BigDecimal start = cost.multiply(BigDecimal.valueOf(250));
            String user = user(tg, "spender", start);
            String key = key(tg, user);
            String body = BODY;
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
                for (int i = 0; i < 500; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> tg.post("/v1/chat/completions", body, "Authorization", "Bearer " + key), pool));
                }
            }
            long answered = 0;
            long refused = 0;
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                HttpResponse<String> reply = call.join();
                switch (reply.statusCode()) {
                    case 200 -> answered++;
                    case 402 -> {
                        refused++;
                        assertEquals("insufficient_quota", JSON.readTree(reply.body()).at("/error/type").asText());
                    }
                    default -> throw new AssertionError(reply.statusCode() + " " + reply.body());
                }
            }
            JsonNode records = JSON.readTree(tg.admin("GET", "/admin/api/users/" + user + "/usage?limit=500", null).body()).get("data");
            BigDecimal charged = BigDecimal.ZERO;
            for (JsonNode record : records) {
                charged = charged.add(record.get("cost").decimalValue());
            }
            BigDecimal balance = JSON.readTree(tg.admin("GET", "/admin/api/users?q=spender", null).body()).at("/data/0/balance").decimalValue();

            assertTrue(cost.signum() > 0);
            assertTrue(answered <= 250 && answered >= 200 && refused >= 250, answered + " answered, " + refused + " refused");
            assertEquals(answered, records.size(), "a refused call leaves no usage record");
            assertTrue(balance.signum() >= 0, "no overdraft: " + balance);
            assertEquals(0, start.subtract(charged).compareTo(balance), "Σ costs " + charged + " = the balance's decrease");
            JsonNode ledger = JSON.readTree(tg.admin("GET", "/admin/api/users/" + user + "/ledger?limit=500", null).body()).get("data");
            assertEquals(answered + 1, ledger.size(), "the opening balance and one entry per charged call");
        }
    }
}
