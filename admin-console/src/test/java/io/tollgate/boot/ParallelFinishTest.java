package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Billing that never races: HTTP all the way down to PostgreSQL, 200 finishes at once. */
class ParallelFinishTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoHundredParallelFinishesOfOnePointOnABalanceOfOneHundred() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            JsonNode user = JSON.readTree(tg.admin("POST", "/admin/api/users",
                    "{\"username\":\"racer\",\"password\":\"password123\",\"balance\":100.0}").body());
            String token = JSON.readTree(tg.post("/shareAuth/init", "{\"username\":\"racer\",\"password\":\"password123\"}").body())
                    .get("authToken").asText();
            String body = "{\"token\":\"" + token + "\",\"appName\":\"any\",\"responseData\":[{\"totalPoints\":1.0}]}";
            List<Integer> statuses = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> tg.post("/shareAuth/finish", body), pool));
                }
                calls.forEach(call -> statuses.add(call.join().statusCode()));
            }
            String id = user.get("id").asText();
            assertEquals(100, statuses.stream().filter(s -> s == 200).count(), "charged");
            assertEquals(100, statuses.stream().filter(s -> s == 402).count(), "refused for balance");
            JsonNode users = JSON.readTree(tg.admin("GET", "/admin/api/users", null).body());
            assertEquals("0", users.at("/data/0/balance").decimalValue().toPlainString());
            assertEquals(100, JSON.readTree(tg.admin("GET", "/admin/api/consumptions?userId=" + id + "&limit=500", null).body()).get("data").size());
            assertEquals(100, JSON.readTree(tg.admin("GET", "/admin/api/unpaid?limit=500", null).body()).get("data").size());
            assertEquals(101, JSON.readTree(tg.admin("GET", "/admin/api/users/" + id + "/ledger?limit=500", null).body()).get("data").size(),
                    "the opening balance and one entry per charge");
        }
    }

    @Test
    void aRepeatedIdempotencyKeySentInParallelIsChargedOnce() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            tg.admin("POST", "/admin/api/users", "{\"username\":\"retrier\",\"password\":\"password123\",\"balance\":10}");
            String token = JSON.readTree(tg.post("/shareAuth/init", "{\"username\":\"retrier\",\"password\":\"password123\"}").body())
                    .get("authToken").asText();
            String body = "{\"token\":\"" + token + "\",\"chatId\":\"c-1\",\"responseData\":[{\"totalPoints\":2.5}]}";
            List<String> ids = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> tg.post("/shareAuth/finish", body), pool));
                }
                for (CompletableFuture<HttpResponse<String>> call : calls) {
                    ids.add(JSON.readTree(call.join().body()).at("/data/consumptionId").asText());
                }
            }
            assertEquals(1, ids.stream().distinct().count(), "one consumption id for all: " + ids);
            assertEquals("7.5", JSON.readTree(tg.admin("GET", "/admin/api/users", null).body())
                    .at("/data/0/balance").decimalValue().toPlainString());
        }
    }
}
