package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public models end to end: keyless calls over HTTP within daily limits, per client IP, on PostgreSQL. */
class PublicModelsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String body(boolean stream) {
        return "{\"model\":\"mock-free\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }

    private static void publicModel(RunningTollgate tg, String limits) {
        assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"mock-free\",\"routes\":[{\"platform\":\"mock\"}],"
                + "\"inputPrice\":1000,\"outputPrice\":2000,\"public\":" + limits + "}").statusCode());
        assertEquals(201, tg.admin("POST", "/admin/api/accounts",
                "{\"platform\":\"mock\",\"name\":\"mock-free-account\",\"models\":[\"mock-free\"]}").statusCode());
    }

    private static HttpResponse<String> keyless(RunningTollgate tg, String... headers) {
        return tg.post("/v1/chat/completions", body(false), headers);
    }

    private static JsonNode error(HttpResponse<String> reply) throws Exception {
        assertEquals(429, reply.statusCode(), reply.body());
        return JSON.readTree(reply.body()).get("error");
    }

    private static List<Map<String, Object>> usageRecords(RunningTollgate tg) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(tg.db.url(), tg.db.user(), tg.db.password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT user_id, key_id, cost, prompt_tokens + completion_tokens AS tokens FROM usage_records WHERE model = 'mock-free'")) {
            while (rs.next()) {
                Map<String, Object> row = new java.util.HashMap<>();
                row.put("user_id", rs.getObject("user_id"));
                row.put("key_id", rs.getObject("key_id"));
                row.put("cost", rs.getBigDecimal("cost"));
                row.put("tokens", rs.getLong("tokens"));
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void aPublicModelAnswersWithoutAKeyInJsonAndStreamAndItsUsageIsRecordedForNobodyAtNoCost() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            publicModel(tg, "{\"dailyTokens\":100000,\"ipDailyRequests\":10,\"ipDailyTokens\":100000}");

            HttpResponse<String> json = keyless(tg);
            HttpResponse<String> stream = tg.post("/v1/chat/completions", body(true));

            assertEquals(200, json.statusCode(), json.body());
            assertEquals("chat.completion", JSON.readTree(json.body()).get("object").asText());
            assertEquals(200, stream.statusCode(), stream.body());
            assertTrue(stream.body().contains("chat.completion.chunk") && stream.body().endsWith("data: [DONE]\n\n"), stream.body());
            List<Map<String, Object>> records = usageRecords(tg);
            assertEquals(2, records.size());
            for (Map<String, Object> record : records) {
                assertNull(record.get("user_id"));
                assertNull(record.get("key_id"));
                assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) record.get("cost")));
                assertTrue((Long) record.get("tokens") > 0);
            }
            HttpResponse<String> privateModel = tg.post("/v1/chat/completions", body(false).replace("mock-free", "mock-gpt"));
            assertEquals(401, privateModel.statusCode(), privateModel.body());
            assertEquals("invalid_api_key", JSON.readTree(privateModel.body()).at("/error/code").asText());
        }
    }

    @Test
    void withoutAKeyOnlyPublicModelsAreListedAndTheAdminApiShowsAndClearsTheLimits() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            publicModel(tg, "{\"dailyTokens\":1000,\"ipDailyRequests\":5,\"ipDailyTokens\":0}");

            JsonNode listed = JSON.readTree(tg.client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(tg.base() + "/v1/models")).build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode admin = JSON.readTree(tg.admin("GET", "/admin/api/models", null).body()).get("data");

            assertEquals(1, listed.get("data").size());
            assertEquals("mock-free", listed.at("/data/0/id").asText());
            assertEquals(Map.of("dailyTokens", 1000, "ipDailyRequests", 5, "ipDailyTokens", 0),
                    JSON.convertValue(admin.get(0).get("public"), Map.class), "mock-free sorts first");
            assertTrue(admin.get(1).get("public").isNull(), "mock-gpt is private");
            JsonNode madePrivate = JSON.readTree(tg.admin("PATCH", "/admin/api/models/mock-free", "{\"public\":null}").body());
            assertTrue(madePrivate.get("public").isNull());
            assertEquals(401, keyless(tg).statusCode());
            assertEquals(400, tg.admin("PATCH", "/admin/api/models/mock-free", "{\"public\":{\"dailyTokens\":-1}}").statusCode());
        }
    }

    @Test
    void thePerIpRequestCapAnswers429AfterNRequests() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            publicModel(tg, "{\"dailyTokens\":0,\"ipDailyRequests\":3,\"ipDailyTokens\":0}");
            for (int i = 0; i < 3; i++) {
                assertEquals(200, keyless(tg).statusCode());
            }

            HttpResponse<String> fourth = keyless(tg);

            JsonNode error = error(fourth);
            assertEquals("ip_daily_requests", error.get("code").asText());
            assertEquals("rate_limit_error", error.get("type").asText());
            assertTrue(error.has("param") && error.get("param").isNull());
            assertTrue(Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow()) > 0);
            assertEquals(3, usageRecords(tg).size(), "a refused call leaves no record");
        }
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedSocketDoesNotResetTheCap() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            publicModel(tg, "{\"dailyTokens\":0,\"ipDailyRequests\":2,\"ipDailyTokens\":0}");
            assertEquals(200, keyless(tg, "X-Forwarded-For", "198.51.100.1").statusCode());
            assertEquals(200, keyless(tg, "X-Forwarded-For", "198.51.100.2").statusCode());

            assertEquals("ip_daily_requests", error(keyless(tg, "X-Forwarded-For", "198.51.100.3")).get("code").asText());
            assertEquals("ip_daily_requests", error(keyless(tg)).get("code").asText());
        }
    }

    @Test
    void fromATrustedProxyEachForwardedIpHasItsOwnCap() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1,::1"))) {
            publicModel(tg, "{\"dailyTokens\":0,\"ipDailyRequests\":1,\"ipDailyTokens\":0}");
            assertEquals(200, keyless(tg, "X-Forwarded-For", "198.51.100.1").statusCode());
            assertEquals("ip_daily_requests", error(keyless(tg, "X-Forwarded-For", "198.51.100.1")).get("code").asText());

            assertEquals(200, keyless(tg, "X-Forwarded-For", "198.51.100.2").statusCode());
            // Only the right-most untrusted hop counts: what the caller prepends is ignored.
            assertEquals("ip_daily_requests",
                    error(keyless(tg, "X-Forwarded-For", "203.0.113.77, 198.51.100.2")).get("code").asText());
        }
    }

    @Test
    void theGlobalDailyTokenPoolAnswers429OnceUsedUpWhateverTheIp() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of("TOLLGATE_TRUSTED_PROXIES", "127.0.0.1,::1"))) {
            publicModel(tg, "{\"dailyTokens\":1,\"ipDailyRequests\":0,\"ipDailyTokens\":0}");
            assertEquals(200, keyless(tg, "X-Forwarded-For", "198.51.100.1").statusCode());

            assertEquals("public_daily_tokens", error(keyless(tg, "X-Forwarded-For", "198.51.100.2")).get("code").asText());
            assertEquals("public_daily_tokens", error(tg.post("/v1/chat/completions", body(true),
                    "X-Forwarded-For", "198.51.100.3")).get("code").asText());
        }
    }

    @Test
    void aPublicMemfitModelStillNeedsItsTotpBeforeAnythingElse() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            assertEquals(201, tg.admin("POST", "/admin/api/models", "{\"name\":\"memfit-chat-free\",\"routes\":[{\"platform\":\"mock\"}],"
                    + "\"public\":{\"dailyTokens\":0,\"ipDailyRequests\":0,\"ipDailyTokens\":0}}").statusCode());

            HttpResponse<String> reply = tg.post("/v1/chat/completions", body(false).replace("mock-free", "memfit-chat-free"));

            assertEquals(401, reply.statusCode(), reply.body());
            assertEquals("memfit_totp_auth_required", JSON.readTree(reply.body()).at("/error/type").asText());
        }
    }

    @Test
    void aValidKeyOnAPublicModelIsBilledAsUsual() throws Exception {
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            publicModel(tg, "{\"dailyTokens\":1,\"ipDailyRequests\":1,\"ipDailyTokens\":1}");
            String user = JSON.readTree(tg.admin("POST", "/admin/api/users",
                    "{\"username\":\"payer\",\"password\":\"password123\",\"balance\":10}").body()).get("id").asText();
            String key = JSON.readTree(tg.admin("POST", "/admin/api/keys", "{\"userId\":\"" + user + "\"}").body()).get("key").asText();

            assertEquals(200, keyless(tg, "Authorization", "Bearer " + key).statusCode());
            assertEquals(200, keyless(tg, "Authorization", "Bearer " + key).statusCode());

            JsonNode usage = JSON.readTree(tg.admin("GET", "/admin/api/users/" + user + "/usage", null).body()).get("data");
            assertEquals(2, usage.size());
            assertTrue(usage.get(0).get("cost").decimalValue().signum() > 0);
            assertEquals(401, keyless(tg, "Authorization", "Bearer sk-not-a-key").statusCode());
        }
    }
}
