package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/embeddings} and {@code /v1/rerank} end to end: the official SDK and a plain client against the mock
 * platform, failover across a fake OpenAI-compatible platform, and exact billing on PostgreSQL.
 */
class EmbeddingsAndRerankTest {

    private static final String EMBEDDED = "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
            + "\"embedding\":[0.6,0.8]}],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":1200,\"total_tokens\":1200}}";
    private static final String RERANKED = "{\"model\":\"bge-reranker\",\"usage\":{\"total_tokens\":3000},"
            + "\"results\":[{\"index\":1,\"relevance_score\":0.9},{\"index\":0,\"relevance_score\":0.1}]}";

    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        platform = new FakePlatform(Map.of(
                "down", json(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"),
                "busy", json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
                        "Retry-After", "20"),
                "good", json(200, EMBEDDED),
                "ranker", json(200, RERANKED)));
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        kindModel("mock-embed", "mock", "embedding", "1000", "0.001");
        kindModel("mock-rerank", "mock", "rerank", "500", "0");
        kindModel("remote-embed", "openai", "embedding", "1000", "0");
        kindModel("remote-rerank", "openai", "rerank", "100", "0.002");
        admin.account("mock-embed", "mock", "http://mock.invalid/v1", "mock-embed");
        admin.account("mock-rerank", "mock", "http://mock.invalid/v1", "mock-rerank");
        // The quota orders the accounts: the most left is tried first, so the failing ones come before the healthy one.
        account("down", "remote-embed", 3_000_000);
        account("busy", "remote-embed", 2_000_000);
        account("good", "remote-embed", 1_000_000);
        account("ranker", "remote-rerank", 1_000_000);
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    private static void kindModel(String name, String platformName, String kind, String inputPrice, String perCall) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"routes\":[{\"platform\":\"" + platformName + "\"}],\"inputPrice\":" + inputPrice + ",\"outputPrice\":99999,"
                + "\"perCallPrice\":" + perCall + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static void account(String name, String model, long quota) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"openai\",\"name\":\"" + name
                + "\",\"baseUrl\":\"" + platform.baseUrl(name) + "\",\"credential\":\"key-" + name + ".secret\",\"models\":[\"" + model
                + "\"],\"dailyTokenQuota\":" + quota + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static OpenAIClient sdk(RelayAdmin.Caller caller) {
        return OpenAIOkHttpClient.builder().apiKey(caller.key()).baseUrl(tg.base() + "/v1").maxRetries(0).build();
    }

    private static HttpResponse<String> post(RelayAdmin.Caller caller, String path, String json) {
        return tg.post(path, json, "Authorization", "Bearer " + caller.key());
    }

    @Test
    void theSdkGetsTypedFloatAndBase64EmbeddingsOfTheSameVectors() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        OpenAIClient client = sdk(caller);
        EmbeddingCreateParams.Builder params = EmbeddingCreateParams.builder().model("mock-embed")
                .inputOfArrayOfStrings(List.of("Tollgate bills every door", "one balance")).dimensions(16);

        CreateEmbeddingResponse floats = client.embeddings().create(params.encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).build());
        CreateEmbeddingResponse base64 = client.embeddings().create(params.encodingFormat(EmbeddingCreateParams.EncodingFormat.BASE64).build());

        assertEquals(2, floats.data().size());
        List<Float> vector = floats.data().get(0).embedding();
        assertEquals(16, vector.size());
        assertTrue(floats.usage().promptTokens() > 0);
        String encoded = base64.data().get(0).embeddingValue().asBase64();
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encoded)).order(ByteOrder.LITTLE_ENDIAN);
        List<Float> decoded = new ArrayList<>();
        while (bytes.hasRemaining()) {
            decoded.add(bytes.getFloat());
        }
        assertEquals(vector, decoded);
        assertEquals(floats.usage().promptTokens(), base64.usage().promptTokens());
    }

    @Test
    void rerankInTheJinaShapeAnswersResultsBestFirstWithUsage() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        HttpResponse<String> reply = post(caller, "/v1/rerank", "{\"model\":\"mock-rerank\",\"query\":\"green tea price\","
                + "\"documents\":[\"coffee beans\",\"the price of green tea\",\"green tea leaves\"],\"top_n\":2,\"return_documents\":true}");

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode results = RelayAdmin.read(reply.body()).get("results");
        assertEquals(2, results.size());
        assertEquals(1, results.get(0).get("index").asInt());
        assertEquals("the price of green tea", results.get(0).at("/document/text").asText());
        assertTrue(results.get(0).get("relevance_score").asDouble() >= results.get(1).get("relevance_score").asDouble());
        assertTrue(RelayAdmin.read(reply.body()).at("/usage/total_tokens").asLong() > 0);
    }

    @Test
    void anEmbeddingFailsOverFromAFailingAccountToAHealthyOne() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        int down = platform.calls("down");
        int busy = platform.calls("busy");

        HttpResponse<String> reply = post(caller, "/v1/embeddings", "{\"model\":\"remote-embed\",\"input\":\"hello\"}");

        assertEquals(200, reply.statusCode(), reply.body());
        // The upstream's reply as it came, naming the model the caller asked for.
        assertEquals(EMBEDDED.replace("text-embedding-3-small", "remote-embed"), reply.body());
        assertTrue(platform.calls("down") + platform.calls("busy") > down + busy, "a failing account was tried first");
        assertTrue(platform.calls("good") >= 1);
        // 1 200 tokens × 1 000 / 1M: the output price does not apply
        assertEquals(0, new BigDecimal("1.2").compareTo(new BigDecimal("10").subtract(admin.balance(caller))));
    }

    @Test
    void everyChargedCallHasOneUsageRecordOfItsKindAndOneLedgerEntryAndTheySumToTheBalanceChange() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("50"));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, post(caller, "/v1/embeddings", "{\"model\":\"mock-embed\",\"input\":[\"chunk " + i + "\",\"more\"]}").statusCode());
            assertEquals(200, post(caller, "/v1/rerank", "{\"model\":\"remote-rerank\",\"query\":\"q\",\"documents\":[\"a\",\"b\"]}").statusCode());
        }

        JsonNode usage = RelayAdmin.read(tg.admin("GET", "/admin/api/users/" + caller.id() + "/usage?limit=100", null).body()).get("data");
        BigDecimal charged = BigDecimal.ZERO;
        for (JsonNode record : usage) {
            charged = charged.add(record.get("cost").decimalValue());
            String kind = record.get("model").asText().equals("mock-embed") ? "embedding" : "rerank";
            assertEquals(kind, record.get("kind").asText());
            assertEquals(record.get("promptTokens").asLong(), record.get("units").asLong());
        }
        assertEquals(6, usage.size());
        assertEquals(0, charged.compareTo(new BigDecimal("50").subtract(admin.balance(caller))), "Σ costs = Δ balance");
        assertEquals(7, admin.ledger(caller).size(), "the opening balance and one entry per charged call");
        // 3 000 tokens × 100 / 1M + 0.002 per call = 0.302 for each rerank
        assertTrue(usage.findValuesAsText("cost").contains("0.302"), usage.toString());
    }

    @Test
    void aBalanceThatCannotCoverTheHoldIsRefusedBeforeAnyPlatformIsCalled() {
        RelayAdmin.Caller poor = admin.caller(new BigDecimal("0.000001"));
        int before = platform.calls("ranker");

        HttpResponse<String> reply = post(poor, "/v1/rerank", "{\"model\":\"remote-rerank\",\"query\":\"q\",\"documents\":[\"a\"]}");

        assertEquals(402, reply.statusCode(), reply.body());
        assertEquals("insufficient_quota", RelayAdmin.read(reply.body()).at("/error/code").asText());
        assertEquals(before, platform.calls("ranker"), "the platform saw no request");
        assertEquals(0, new BigDecimal("0.000001").compareTo(admin.balance(poor)));
    }

    @Test
    void aModelCalledThroughAnotherKindsEndpointIsAClear400NamingTheRightOne() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));

        HttpResponse<String> chat = admin.chat(caller, "mock-embed", false);
        HttpResponse<String> embed = post(caller, "/v1/embeddings", "{\"model\":\"mock-gpt\",\"input\":\"x\"}");

        assertEquals(400, chat.statusCode());
        JsonNode error = RelayAdmin.read(chat.body()).get("error");
        assertEquals("wrong_endpoint", error.get("code").asText());
        assertTrue(error.get("message").asText().contains("POST /v1/embeddings"), error.toString());
        assertEquals(400, embed.statusCode());
        assertTrue(embed.body().contains("POST /v1/chat/completions"), embed.body());
        assertEquals(0, new BigDecimal("10").compareTo(admin.balance(caller)));
    }
}
