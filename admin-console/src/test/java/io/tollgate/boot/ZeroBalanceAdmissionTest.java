package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 400 calls at once on a 10-point balance worth a few dozen of them: only calls the balance covers are delivered,
 * on one node and on two nodes sharing one database. Requests ask for little output, for none (the model's
 * maximum bounds it), or for more than the model's maximum.
 */
class ZeroBalanceAdmissionTest {

    private static final BigDecimal START = BigDecimal.TEN;
    private static final BigDecimal INPUT_PRICE = BigDecimal.valueOf(2_000);
    private static final BigDecimal OUTPUT_PRICE = BigDecimal.valueOf(10_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** All in flight at once: ten times what the balance covers. */
    private static final int CALLS = 400;

    @Test
    void oneNodeDeliversNothingBeyondTheBalance() throws Exception {
        spendConcurrently(1);
    }

    @Test
    void twoNodesOnOneDatabaseDeliverNothingBeyondTheBalance() throws Exception {
        spendConcurrently(2);
    }

    private static void spendConcurrently(int nodeCount) throws Exception {
        DatabaseConfig shared = TestDatabases.freshConfig();
        List<RunningTollgate> nodes = new ArrayList<>();
        try {
            nodes.add(new RunningTollgate(shared, Map.of()));
            RelayAdmin.Caller caller = configure(nodes.getFirst());
            // Started after the set-up, so they load the priced model and the slow account from the database.
            while (nodes.size() < nodeCount) {
                nodes.add(new RunningTollgate(shared, Map.of()));
            }
            spend(nodes, caller);
        } finally {
            nodes.forEach(RunningTollgate::close);
        }
    }

    /** Prices the built-in mock model so 10 points cover a few dozen calls, slows its account so calls overlap. */
    private static RelayAdmin.Caller configure(RunningTollgate admin) {
        HttpResponse<String> priced = admin.admin("PATCH", "/admin/api/models/" + MockCatalog.MODEL, "{\"inputPrice\":" + INPUT_PRICE
                + ",\"outputPrice\":" + OUTPUT_PRICE + ",\"maxOutputTokens\":40}");
        assertEquals(200, priced.statusCode(), priced.body());
        RelayAdmin relay = new RelayAdmin(admin);
        String account = relay.account("built-in mock").get("id").asText();
        HttpResponse<String> slowed = admin.admin("PATCH", "/admin/api/accounts/" + account, "{\"options\":{\"latencyMs\":\"40\"}}");
        assertEquals(200, slowed.statusCode(), slowed.body());
        return relay.caller(START);
    }

    private static void spend(List<RunningTollgate> nodes, RelayAdmin.Caller caller) throws Exception {
        RunningTollgate admin = nodes.getFirst();
        List<HttpResponse<String>> replies = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                RunningTollgate node = nodes.get(i % nodes.size());
                String body = body(i);
                calls.add(threads.submit(() -> node.post("/v1/chat/completions", body, "Authorization", "Bearer " + caller.key())));
            }
            for (Future<HttpResponse<String>> call : calls) {
                replies.add(call.get());
            }
        }

        long delivered = 0;
        List<String> unhelpfulRefusals = new ArrayList<>();
        for (HttpResponse<String> reply : replies) {
            switch (reply.statusCode()) {
                case 200 -> delivered++;
                case 402 -> {
                    JsonNode error = RelayAdmin.read(reply.body()).get("error");
                    assertEquals("insufficient_quota", error.get("code").asText(), reply.body());
                    if (!error.get("message").asText().contains("max_tokens")) {
                        unhelpfulRefusals.add(error.get("message").asText());
                    }
                }
                default -> throw new AssertionError(reply.statusCode() + " " + reply.body());
            }
        }
        RelayAdmin relay = new RelayAdmin(admin);
        BigDecimal balance = relay.balance(caller);
        List<JsonNode> records = pages(admin, "/admin/api/users/" + caller.id() + "/usage");
        List<JsonNode> ledger = pages(admin, "/admin/api/users/" + caller.id() + "/ledger");

        long ok = records.stream().filter(r -> r.get("status").asText().equals("ok")).count();
        long underCharged = records.stream().filter(r -> r.get("cost").decimalValue().compareTo(priceOf(r)) < 0).count();
        BigDecimal charged = records.stream().map(r -> r.get("cost").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal usage = ledger.stream().filter(e -> e.get("kind").asText().equals("usage"))
                .map(e -> e.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertTrue(delivered > 10 && delivered < CALLS, delivered + " delivered: the balance covers a few dozen calls");
        assertEquals(delivered, ok, "every delivered call has its usage record");
        assertTrue(underCharged <= nodes.size(), underCharged + " of " + delivered
                + " delivered calls were charged less than their price (at most one per node may get what was left)");
        assertTrue(balance.signum() >= 0, "no overdraft: " + balance);
        assertEquals(0, START.subtract(balance).compareTo(charged), "Σ costs " + charged + " = the balance's decrease");
        assertEquals(0, charged.negate().compareTo(usage), "Σ ledger " + usage + " = Σ costs " + charged);
        assertEquals(List.of(), unhelpfulRefusals.stream().distinct().limit(1).toList(), "a refusal says lowering max_tokens may help");
        if (underCharged > 0) {
            assertEquals(0, balance.signum(), "the call charged less than its price took exactly what was left");
        }
    }

    /** Little output asked for, none (the model's maximum applies), more than the model's maximum, or the newer field. */
    private static String body(int i) {
        String limit = switch (i % 4) {
            case 0 -> "\"max_tokens\":8,";
            case 1 -> "";
            case 2 -> "\"max_tokens\":100000,";
            default -> "\"max_completion_tokens\":16,";
        };
        return "{\"model\":\"" + MockCatalog.MODEL + "\"," + limit + "\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"Please write a long and detailed answer about question number " + i + ", with many examples.\"}]}";
    }

    private static BigDecimal priceOf(JsonNode record) {
        BigDecimal exact = INPUT_PRICE.multiply(BigDecimal.valueOf(record.get("promptTokens").asLong()))
                .add(OUTPUT_PRICE.multiply(BigDecimal.valueOf(record.get("completionTokens").asLong()))).divide(MILLION);
        return exact.setScale(6, RoundingMode.HALF_UP);
    }

    private static List<JsonNode> pages(RunningTollgate tg, String path) {
        List<JsonNode> rows = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = RelayAdmin.read(tg.admin("GET", path + "?limit=500&offset=" + offset, null).body()).get("data");
            page.forEach(rows::add);
            if (page.size() < 500) {
                return rows;
            }
        }
    }
}
