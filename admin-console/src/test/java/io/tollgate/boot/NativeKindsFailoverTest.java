package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Embeddings and rerank on the Chinese platforms end to end: a failing DashScope-native, GLM or Qianfan account (in the
 * platform's own error format) gives way to a healthy one, whose native reply reaches the caller in OpenAI's or Jina's
 * shape and is billed on its tokens.
 */
class NativeKindsFailoverTest {

    private static final String DS_EMBEDDED = "{\"output\":{\"embeddings\":[{\"embedding\":[0.6,0.8],\"text_index\":0}]},"
            + "\"usage\":{\"total_tokens\":1200},\"request_id\":\"r-embed\"}";
    private static final String DS_RERANKED = "{\"output\":{\"results\":[{\"document\":{\"text\":\"green tea\"},\"index\":1,"
            + "\"relevance_score\":0.93},{\"document\":{\"text\":\"coffee\"},\"index\":0,\"relevance_score\":0.02}]},"
            + "\"usage\":{\"total_tokens\":3000},\"request_id\":\"r-rerank\"}";
    private static final String GLM_RERANKED = "{\"created\":1735660800,\"id\":\"g-1\",\"request_id\":\"g-1\",\"results\":"
            + "[{\"document\":\"green tea\",\"index\":1,\"relevance_score\":0.91}],\"usage\":{\"prompt_tokens\":3000,\"total_tokens\":3000}}";
    private static final String ERNIE_EMBEDDED = "{\"id\":\"as-1\",\"object\":\"embedding_list\",\"created\":1687155816,"
            + "\"data\":[{\"object\":\"embedding\",\"embedding\":[0.6,0.8],\"index\":0}],\"usage\":{\"prompt_tokens\":1200,"
            + "\"total_tokens\":1200}}";
    private static final String QIANFAN_RERANKED = "{\"id\":\"as-2\",\"object\":\"rerank_list\",\"created\":1715067228,"
            + "\"results\":[{\"document\":\"green tea\",\"relevance_score\":0.56,\"index\":1}],"
            + "\"usage\":{\"prompt_tokens\":3000,\"total_tokens\":3000}}";
    private static final String RERANK = "\",\"query\":\"tea\",\"documents\":[\"coffee\",\"green tea\"],\"top_n\":2}";

    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static RelayAdmin admin;

    @BeforeAll
    static void start() throws Exception {
        platform = new FakePlatform(Map.ofEntries(
                Map.entry("ds-down", json(500, "{\"code\":\"InternalError\",\"message\":\"An internal error has occured, "
                        + "please try again later or contact service support.\",\"request_id\":\"r-1\"}")),
                Map.entry("ds-locked", json(401, "{\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided.\","
                        + "\"request_id\":\"r-2\"}")),
                Map.entry("ds-good", json(200, DS_EMBEDDED)),
                Map.entry("ds-throttled", json(429, "{\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit "
                        + "exceeded, please try again later.\",\"request_id\":\"r-3\"}")),
                Map.entry("ds-ranker", json(200, DS_RERANKED)),
                Map.entry("glm-busy", json(429, "{\"error\":{\"code\":\"1302\",\"message\":\"您当前使用该API的并发数过高，"
                        + "请降低并发，或联系客服增加限额。\"}}")),
                Map.entry("glm-ranker", json(200, GLM_RERANKED)),
                Map.entry("ernie-busy", ernie(json(200, "{\"error_code\":18,\"error_msg\":\"Open api qps request limit reached\"}"))),
                Map.entry("ernie-good", ernie(json(200, ERNIE_EMBEDDED))),
                Map.entry("qf-down", json(500, "{\"error\":{\"code\":\"internal_error\",\"message\":\"Internal error\","
                        + "\"type\":\"internal_error\"},\"id\":\"as-3\"}")),
                Map.entry("qf-ranker", json(200, QIANFAN_RERANKED))));
        tg = new RunningTollgate(Map.of());
        admin = new RelayAdmin(tg);
        kindModel("ds-embed", "dashscope_native", "embedding");
        kindModel("ds-rerank", "dashscope_native", "rerank");
        kindModel("glm-rerank", "glm", "rerank");
        kindModel("ernie-embed", "ernie_v1", "embedding");
        kindModel("qf-rerank", "qianfan", "rerank");
        // The quota orders the accounts: the most left is tried first, so the failing ones come before the healthy one.
        account("dashscope_native", "ds-down", platform.host("ds-down"), "ds-embed", 3_000_000);
        account("dashscope_native", "ds-locked", platform.host("ds-locked"), "ds-embed", 2_000_000);
        account("dashscope_native", "ds-good", platform.host("ds-good"), "ds-embed", 1_000_000);
        account("dashscope_native", "ds-throttled", platform.host("ds-throttled"), "ds-rerank", 2_000_000);
        account("dashscope_native", "ds-ranker", platform.host("ds-ranker"), "ds-rerank", 1_000_000);
        account("glm", "glm-busy", platform.host("glm-busy") + "/api/paas/v4", "glm-rerank", 2_000_000);
        account("glm", "glm-ranker", platform.host("glm-ranker") + "/api/paas/v4", "glm-rerank", 1_000_000);
        account("ernie_v1", "ernie-busy", platform.host("ernie-busy"), "ernie-embed", 2_000_000);
        account("ernie_v1", "ernie-good", platform.host("ernie-good"), "ernie-embed", 1_000_000);
        account("qianfan", "qf-down", platform.host("qf-down") + "/v2", "qf-rerank", 2_000_000);
        account("qianfan", "qf-ranker", platform.host("qf-ranker") + "/v2", "qf-rerank", 1_000_000);
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    /** A Qianfan v1 account: its token endpoint issues a token, every other path gives {@code answer}. */
    private static FakePlatform.Answer ernie(FakePlatform.Answer answer) {
        FakePlatform.Answer token = json(200, "{\"refresh_token\":\"r\",\"expires_in\":2592000,\"scope\":\"public\","
                + "\"session_key\":\"s\",\"access_token\":\"24.tok\",\"session_secret\":\"x\"}");
        return exchange -> (exchange.getRequestURI().getPath().endsWith("/oauth/2.0/token") ? token : answer).send(exchange);
    }

    private static void kindModel(String name, String platformName, String kind) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"kind\":\"" + kind
                + "\",\"routes\":[{\"platform\":\"" + platformName + "\"}],\"inputPrice\":1000,\"outputPrice\":99999}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static void account(String platformName, String name, String baseUrl, String model, long quota) {
        // Qianfan v1 takes an AK:SK pair; GLM signs a token from an id.secret key; the others send it as is.
        String credential = platformName.equals("ernie_v1") ? "ak-" + name + ":sk-secret" : "key-" + name + ".secret";
        HttpResponse<String> added = tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"" + platformName + "\",\"name\":\"" + name
                + "\",\"baseUrl\":\"" + baseUrl + "\",\"credential\":\"" + credential + "\",\"models\":[\"" + model
                + "\"],\"dailyTokenQuota\":" + quota + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static HttpResponse<String> post(RelayAdmin.Caller caller, String path, String json) {
        return tg.post(path, json, "Authorization", "Bearer " + caller.key());
    }

    private static BigDecimal spent(RelayAdmin.Caller caller) {
        return new BigDecimal("10").subtract(admin.balance(caller));
    }

    @Test
    void aDashScopeEmbeddingFailsOverFromAFailingAndALockedAccountToAHealthyOne() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        int failing = platform.calls("ds-down") + platform.calls("ds-locked");

        HttpResponse<String> reply = post(caller, "/v1/embeddings", "{\"model\":\"ds-embed\",\"input\":[\"hello\"]}");

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode body = RelayAdmin.read(reply.body());
        assertEquals("ds-embed", body.get("model").asText());
        assertEquals("[0.6,0.8]", body.at("/data/0/embedding").toString());
        assertEquals(1200, body.at("/usage/prompt_tokens").asLong());
        assertTrue(platform.calls("ds-down") + platform.calls("ds-locked") > failing, "a failing account was tried first");
        assertTrue(platform.calls("ds-good") >= 1);
        // 1 200 tokens × 1 000 / 1M
        assertEquals(0, new BigDecimal("1.2").compareTo(spent(caller)), spent(caller).toPlainString());
    }

    @Test
    void aDashScopeRerankFailsOverFromAThrottledAccountAndAnswersInJinasShape() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));

        HttpResponse<String> reply = post(caller, "/v1/rerank", "{\"model\":\"ds-rerank" + RERANK);

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode results = RelayAdmin.read(reply.body()).get("results");
        assertEquals(1, results.get(0).get("index").asInt());
        assertEquals("green tea", results.get(0).at("/document/text").asText());
        assertTrue(platform.calls("ds-throttled") >= 1, "the throttled account was tried first");
        // 3 000 tokens × 1 000 / 1M
        assertEquals(0, new BigDecimal("3").compareTo(spent(caller)), spent(caller).toPlainString());
    }

    @Test
    void aGlmRerankFailsOverFromABusyAccountAndItsBareDocumentsAreWrapped() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));

        HttpResponse<String> reply = post(caller, "/v1/rerank", "{\"model\":\"glm-rerank" + RERANK);

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("green tea", RelayAdmin.read(reply.body()).at("/results/0/document/text").asText());
        assertTrue(platform.calls("glm-busy") >= 1, "the busy account was tried first");
        assertEquals(0, new BigDecimal("3").compareTo(spent(caller)), spent(caller).toPlainString());
    }

    @Test
    void aQianfanV1EmbeddingFailsOverFromAnAccountOverItsQpsToAHealthyOne() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));
        int busy = platform.calls("ernie-busy");

        HttpResponse<String> reply = post(caller, "/v1/embeddings", "{\"model\":\"ernie-embed\",\"input\":\"hello\"}");

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("[0.6,0.8]", RelayAdmin.read(reply.body()).at("/data/0/embedding").toString());
        assertTrue(platform.calls("ernie-busy") >= busy + 2, "the busy account was tried first: a token, then the call");
        assertEquals(0, new BigDecimal("1.2").compareTo(spent(caller)), spent(caller).toPlainString());
    }

    @Test
    void aQianfanV2RerankFailsOverFromAFailingAccountToAHealthyOne() {
        RelayAdmin.Caller caller = admin.caller(new BigDecimal("10"));

        HttpResponse<String> reply = post(caller, "/v1/rerank", "{\"model\":\"qf-rerank" + RERANK);

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("green tea", RelayAdmin.read(reply.body()).at("/results/0/document/text").asText());
        assertTrue(platform.calls("qf-down") >= 1, "the failing account was tried first");
        assertEquals(0, new BigDecimal("3").compareTo(spent(caller)), spent(caller).toPlainString());
    }
}
