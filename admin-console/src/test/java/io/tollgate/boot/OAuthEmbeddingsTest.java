package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Embeddings on a user's own account ({@code POST /api/v1/oauth/embeddings}): they spend the account's daily quota,
 * not points, and once the quota is used up they fall back to points as an embedding call when the user allows it.
 */
class OAuthEmbeddingsTest {

    private RunningTollgate tg;
    private OAuthUser alice;

    @BeforeEach
    void start() {
        tg = new RunningTollgate(Map.of());
        alice = OAuthUser.create(tg, "alice", "100");
    }

    @AfterEach
    void stop() {
        tg.close();
    }

    private HttpResponse<String> embed(String accountId) {
        String account = accountId == null ? "" : "\"account_id\":\"" + accountId + "\",";
        return alice.call("POST", "/api/v1/oauth/embeddings", "{" + account
                + "\"model\":\"mock-embedding\",\"input\":[\"第一段知识库内容\",\"second chunk\"],\"dimensions\":4}");
    }

    private BigDecimal balance() {
        return RelayAdmin.read(tg.admin("GET", "/admin/api/users?q=alice", null).body()).at("/data/0/balance").decimalValue();
    }

    @Test
    void anEmbeddingSpendsTheOwnAccountsQuotaAndNoPoints() {
        String id = alice.bindByKey("mock", "mine", "sk-mine", 1000);

        HttpResponse<String> reply = embed(id);

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode answer = RelayAdmin.read(reply.body());
        assertEquals(2, answer.get("data").size());
        assertEquals(4, answer.at("/data/0/embedding").size());
        long prompt = answer.at("/usage/prompt_tokens").asLong();
        assertTrue(prompt > 0, reply.body());
        assertEquals(prompt, alice.account(id).at("/quota/used").asLong(), "the quota grows by the prompt tokens");
        assertEquals(0, new BigDecimal("100").compareTo(balance()), "no points spent");
        JsonNode usage = alice.json("GET", "/api/v1/oauth/accounts/" + id + "/usage?limit=10", null, 200).get("data");
        assertEquals(1, usage.size());
        assertEquals("第一段知识库内容", usage.get(0).get("request").asText());
        assertEquals("embedding", usage.get(0).get("kind").asText());
        assertEquals(prompt, usage.get(0).get("total_tokens").asLong());
    }

    @Test
    void aUsedUpQuotaAnswers429ThenFallsBackToPointsAsAnEmbeddingWhenTheUserAllowsIt() {
        String id = alice.bindByKey("mock", "small", "sk-small", 10);
        HttpResponse<String> reply = embed(null);
        for (int i = 0; i < 20 && reply.statusCode() == 200; i++) {
            reply = embed(null);
        }
        assertEquals(429, reply.statusCode(), reply.body());
        assertEquals("quota_exhausted", RelayAdmin.read(reply.body()).at("/error/code").asText());
        assertTrue(alice.account(id).at("/quota/used").asLong() >= 10);

        HttpResponse<String> model = tg.admin("POST", "/admin/api/models", "{\"name\":\"mock-embedding\",\"kind\":\"embedding\","
                + "\"routes\":[{\"platform\":\"mock\"}],\"inputPrice\":1000,\"outputPrice\":99999}");
        assertEquals(201, model.statusCode(), model.body());
        new RelayAdmin(tg).account("system", "mock", "http://mock.invalid/v1", "mock-embedding");
        alice.json("PATCH", "/api/v1/me", "{\"points_fallback\":true}", 200);

        HttpResponse<String> fellBack = embed(null);

        assertEquals(200, fellBack.statusCode(), fellBack.body());
        long prompt = RelayAdmin.read(fellBack.body()).at("/usage/prompt_tokens").asLong();
        JsonNode usage = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + alice.id + "/usage?limit=50", null).body()).get("data");
        JsonNode billed = usage.get(0);
        assertNotEquals(id, billed.get("accountId").asText(), "the system pool answered");
        assertEquals("embedding", billed.get("kind").asText());
        assertEquals(prompt, billed.get("units").asLong());
        BigDecimal cost = billed.get("cost").decimalValue();
        for (JsonNode own : usage) {
            assertEquals("embedding", own.get("kind").asText(), "own-account calls are embeddings too: " + own);
            if (own != billed) {
                assertEquals(0, own.get("cost").decimalValue().signum(), "own-account calls cost no points: " + own);
            }
        }
        assertEquals(0, BigDecimal.valueOf(prompt).multiply(new BigDecimal("0.001")).compareTo(cost), "input price only: " + cost);
        assertEquals(0, new BigDecimal("100").subtract(cost).compareTo(balance()), "Σ costs = Δ balance");
    }
}
