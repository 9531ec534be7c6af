package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.fakes.SettableClock;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Own accounts' daily quotas on a fixed clock: usage grows with each call, resets at 00:00 Asia/Shanghai, the account
 * with most left answers, and when all are used up the call falls back to points or answers 429, as the user chose.
 */
class OAuthQuotaTest {

    /** 23:30 in Shanghai. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T15:30:00Z"));
    private FakePlatform fake;
    private RunningTollgate tg;
    private OAuthUser alice;

    @BeforeEach
    void start() throws Exception {
        // The platform answers with the key it was called with, so the test sees which account answered.
        fake = new FakePlatform(Map.of("openai", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            FakePlatform.completion(key).send(exchange);
        }));
        tg = new RunningTollgate(TestDatabases.freshConfig(), Map.of("TOLLGATE_PLATFORM_URLS", "openai=" + fake.baseUrl("openai"),
                "TOLLGATE_MOCK_PLATFORM", "false"), clock);
        alice = OAuthUser.create(tg, "alice", "100");
    }

    @AfterEach
    void stop() {
        tg.close();
        fake.close();
    }

    private String answer(HttpResponse<String> reply) {
        assertEquals(200, reply.statusCode(), reply.body());
        return RelayAdmin.read(reply.body()).at("/choices/0/message/content").asText();
    }

    @Test
    void usageGrowsAfterEachCallAndResetsAtShanghaiMidnight() {
        String id = alice.bindByKey("openai", "work", "key-a", 1000);

        answer(alice.chat(id, "gpt-4"));
        assertEquals(15, alice.account(id).at("/quota/used").asLong());
        answer(alice.chat(id, "gpt-4"));
        JsonNode quota = alice.account(id).get("quota");
        assertEquals(30, quota.get("used").asLong());
        assertEquals(970, quota.get("remaining").asLong());
        assertEquals("2026-03-10T16:00:00Z", quota.get("resets_at").asText());

        clock.set(Instant.parse("2026-03-10T15:59:59Z"));
        assertEquals(30, alice.account(id).at("/quota/used").asLong(), "still the same day in Shanghai");
        clock.set(Instant.parse("2026-03-10T16:00:00Z"));
        assertEquals(0, alice.account(id).at("/quota/used").asLong(), "a new day in Shanghai");
        assertEquals("2026-03-11T16:00:00Z", alice.account(id).at("/quota/resets_at").asText());

        JsonNode usage = alice.json("GET", "/api/v1/oauth/accounts/" + id + "/usage?limit=10", null, 200).get("data");
        assertEquals(2, usage.size());
        assertEquals(15, usage.get(0).get("total_tokens").asLong());
        assertEquals("你好", usage.get(0).get("request").asText());
        assertEquals("key-a", usage.get(0).get("response").asText());
    }

    @Test
    void theAccountWithMostQuotaLeftAnswersAndTheLevelsFollowTheThresholds() {
        String small = alice.bindByKey("openai", "small", "key-small", 50);
        String large = alice.bindByKey("openai", "large", "key-large", 100);

        assertEquals("key-large", answer(alice.chat(null, "gpt-4")));
        assertEquals("key-large", answer(alice.chat(null, "gpt-4")));
        assertEquals("key-large", answer(alice.chat(null, "gpt-4")), "100 - 30 = 70 left beats 50");
        assertEquals("key-large", answer(alice.chat(null, "gpt-4")), "55 left beats 50");
        assertEquals("key-small", answer(alice.chat(null, "gpt-4")), "50 left beats 40");

        assertEquals("normal", alice.account(small).at("/quota/level").asText());
        assertEquals(60.0, alice.account(large).at("/quota/used_percent").asDouble());
        answer(alice.chat(large, "gpt-4"));
        assertEquals("warning", alice.account(large).at("/quota/level").asText(), "75 % used");
        answer(alice.chat(large, "gpt-4"));
        assertEquals("critical", alice.account(large).at("/quota/level").asText(), "90 % used");
    }

    @Test
    void whenEveryAccountIsUsedUpTheCallAnswers429OrFallsBackToPointsAsTheUserChose() {
        alice.bindByKey("openai", "a", "key-a", 20);
        alice.bindByKey("openai", "b", "key-b", 20);
        for (int i = 0; i < 4; i++) {
            answer(alice.chat(null, "gpt-4"));
        }

        HttpResponse<String> refused = alice.chat(null, "gpt-4");

        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("quota_exhausted", RelayAdmin.read(refused.body()).at("/error/code").asText());
        assertTrue(refused.body().contains("2026-03-10T16:00:00Z"), refused.body());
        assertEquals("1800", refused.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(false, alice.json("GET", "/api/v1/me", null, 200).get("points_fallback").asBoolean());

        RelayAdmin admin = new RelayAdmin(tg);
        admin.model("gpt-4", "openai", "1000", "1000");
        admin.account("system", "openai", fake.baseUrl("openai"), "gpt-4", "key-system");
        assertEquals(true, alice.json("PATCH", "/api/v1/me", "{\"points_fallback\":true}", 200).get("points_fallback").asBoolean());

        String answeredBy = answer(alice.chat(null, "gpt-4"));

        assertEquals("key-system", answeredBy);
        BigDecimal balance = RelayAdmin.read(tg.admin("GET", "/admin/api/users?q=alice", null).body()).at("/data/0/balance").decimalValue();
        assertEquals(0, new BigDecimal("99.985").compareTo(balance), "15 tokens at 1,000 points per million: " + balance);
    }

    @Test
    void aBadQuotaOrUnknownPlatformIsA400AndChangesNothing() {
        HttpResponse<String> negative = alice.call("POST", "/api/v1/oauth/accounts",
                "{\"platform\":\"openai\",\"account_name\":\"x\",\"api_key\":\"k\",\"daily_quota\":-1}");
        HttpResponse<String> unknown = alice.call("POST", "/api/v1/oauth/accounts/authorize",
                "{\"platform\":\"nope\",\"account_name\":\"x\"}");
        HttpResponse<String> notJson = alice.call("POST", "/api/v1/oauth/accounts/authorize", "{\"platform\":");

        assertEquals(400, negative.statusCode(), negative.body());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(0, alice.json("GET", "/api/v1/oauth/accounts", null, 200).get("data").size());
        assertTrue(new String(negative.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("daily_quota"));
    }
}
