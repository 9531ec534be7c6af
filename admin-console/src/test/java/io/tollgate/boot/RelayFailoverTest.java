package io.tollgate.boot;

import static io.tollgate.boot.FakePlatform.brokenStream;
import static io.tollgate.boot.FakePlatform.completion;
import static io.tollgate.boot.FakePlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Failover through the real adapters: a fake platform answers each account by path, Tollgate on PostgreSQL. */
class RelayFailoverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakePlatform platform;
    private static RunningTollgate tg;
    private static String key;

    @BeforeAll
    static void start() throws Exception {
        platform = new FakePlatform(Map.of(
                "a", json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}", "Retry-After", "20"),
                "b", json(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"),
                "c", completion("from c"),
                "glm", json(429, "{\"error\":{\"code\":\"1113\",\"message\":\"您的账户已欠费，请充值后重试。\"}}"),
                "dashscope", json(429, "{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and billing details.\","
                        + "\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"insufficient_quota\"}}"),
                "broken", brokenStream(),
                "spare", completion("second answer"),
                "tiny", completion("the last tokens")));
        tg = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "false"));
        String user = JSON.readTree(tg.admin("POST", "/admin/api/users",
                "{\"username\":\"relay\",\"password\":\"password123\",\"balance\":100}").body()).get("id").asText();
        key = JSON.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();
        model("gpt-4o", "openai");
        model("glm-4", "glm");
        model("qwen-plus", "dashscope");
        model("flaky", "openai");
        model("tiny-model", "openai");
        // The quota orders the accounts: the most left is tried first.
        account("a", "openai", "gpt-4o", 30_000);
        account("b", "openai", "gpt-4o", 20_000);
        account("c", "openai", "gpt-4o", 10_000);
        account("glm", "glm", "glm-4", 0);
        account("dashscope", "dashscope", "qwen-plus", 0);
        account("broken", "openai", "flaky", 20_000);
        account("spare", "openai", "flaky", 10_000);
        account("tiny", "openai", "tiny-model", 1);
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    private static void model(String name, String platformName) {
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"" + name + "\",\"routes\":[{\"platform\":\"" + platformName
                + "\"}],\"inputPrice\":1000,\"outputPrice\":2000}").statusCode());
    }

    private static void account(String name, String platformName, String model, long quota) {
        HttpResponse<String> added = tg.admin("POST", "/admin/api/accounts", "{\"platform\":\"" + platformName + "\",\"name\":\"" + name
                + "\",\"baseUrl\":\"" + platform.baseUrl(name) + "\",\"credential\":\"key-" + name + ".secret\",\"models\":[\"" + model
                + "\"],\"dailyTokenQuota\":" + quota + "}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static HttpResponse<String> chat(String model, boolean stream) {
        return tg.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "Authorization", "Bearer " + key);
    }

    private static Map<String, JsonNode> accounts() throws Exception {
        Map<String, JsonNode> byName = new HashMap<>();
        JSON.readTree(tg.admin("GET", "/admin/api/accounts", null).body()).get("data").forEach(a -> byName.put(a.get("name").asText(), a));
        return byName;
    }

    @Test
    void aThrottledAndABrokenAccountArePassedOverAndTheCallerGetsTheThirdsAnswer() throws Exception {
        HttpResponse<String> reply = chat("gpt-4o", false);

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("from c", JSON.readTree(reply.body()).at("/choices/0/message/content").asText());
        Map<String, JsonNode> accounts = accounts();
        assertEquals("open", accounts.get("a").at("/breaker/state").asText(), "its Retry-After opened the breaker");
        assertEquals("enabled", accounts.get("a").get("status").asText());
        assertEquals("enabled", accounts.get("b").get("status").asText());
        assertEquals("closed", accounts.get("b").at("/breaker/state").asText());
        assertEquals(1, accounts.get("b").at("/breaker/failures").asInt());
        assertEquals("enabled", accounts.get("c").get("status").asText());
        assertFalse(accounts.values().stream().anyMatch(a -> a.get("status").asText().equals("disabled")));
        assertFalse(tg.admin("GET", "/admin/api/accounts", null).body().contains(".secret"), "no credential is ever shown");
    }

    @Test
    void whenEveryAccountHasUsedItsDailyQuotaTheCallerGets429NamingTheModelAndTheReset() throws Exception {
        assertEquals(200, chat("tiny-model", false).statusCode());

        HttpResponse<String> refused = chat("tiny-model", false);

        assertEquals(429, refused.statusCode(), refused.body());
        JsonNode error = JSON.readTree(refused.body()).get("error");
        assertEquals("quota_exhausted", error.get("type").asText());
        assertTrue(error.get("message").asText().contains("tiny-model"), error.toString());
        assertTrue(error.get("message").asText().matches(".*reset at \\d{4}-\\d{2}-\\d{2}T.*"), error.toString());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(1, platform.calls("tiny"));
    }

    @Test
    void glmOutOfBalanceSentAs429SuspendsTheAccountForQuota() throws Exception {
        chat("glm-4", false);

        JsonNode glm = accounts().get("glm");
        assertEquals("suspended", glm.get("status").asText(), glm.toString());
        assertTrue(glm.get("statusReason").asText().contains("quota"), glm.toString());
    }

    @Test
    void dashScopeInsufficientQuotaSentAs429IsOnlyAThrottle() throws Exception {
        chat("qwen-plus", false);

        JsonNode dashscope = accounts().get("dashscope");
        assertEquals("enabled", dashscope.get("status").asText(), dashscope.toString());
        assertTrue(dashscope.at("/breaker/state").asText().equals("open") || dashscope.at("/breaker/failures").asInt() == 1,
                dashscope.toString());
    }

    @Test
    void aStreamThatBreaksAfterItsFirstByteEndsWithAnErrorAndNoSecondAnswer() {
        HttpResponse<String> reply = chat("flaky", true);

        assertEquals(200, reply.statusCode());
        assertTrue(reply.body().contains("Hello") && reply.body().contains(" world"), reply.body());
        assertTrue(reply.body().contains("\"error\""), reply.body());
        assertFalse(reply.body().contains("data: [DONE]"), reply.body());
        assertFalse(reply.body().contains("second answer"), reply.body());
        assertEquals(0, platform.calls("spare"));
    }
}
