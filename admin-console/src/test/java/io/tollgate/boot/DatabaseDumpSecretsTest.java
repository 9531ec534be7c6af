package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.fakes.SettableClock;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After every kind of binding, the raw bytes of a database dump hold no token, key or secret. */
class DatabaseDumpSecretsTest {

    @Test
    void noAccessTokenRefreshTokenApiKeyOrSecretIsInTheDump() throws Exception {
        try (MockOAuthPlatform platform = new MockOAuthPlatform()) {
            SettableClock clock = new SettableClock(Instant.parse("2026-03-10T02:00:00Z"));
            try (RunningTollgate tg = RunningTollgate.onKnownPort(platform.env("DASHSCOPE"), clock)) {
                OAuthUser alice = OAuthUser.create(tg, "alice", "10");
                String oauthAccount = alice.bindByOAuth("qwen", "oauth");
                platform.expireAccessToken();
                assertEquals(200, alice.chat(oauthAccount, null).statusCode(), "renewed once: a second pair of tokens");
                alice.bindByKey("openai", "key", "sk-proj-user-key-5d1e0c7b", 0);
                alice.json("POST", "/api/v1/oauth/accounts", "{\"platform\":\"ernie_v1\",\"account_name\":\"ak\","
                        + "\"client_id\":\"ernie-ak-8b2f\",\"client_secret\":\"ernie-sk-4c9d71\"}", 201);
                String pendingUrl = alice.json("POST", "/api/v1/oauth/accounts/authorize",
                        "{\"platform\":\"qwen\",\"account_name\":\"never finished\"}", 200).get("authorization_url").asText();
                String userKey = alice.json("POST", "/api/v1/keys", "{\"name\":\"laptop\"}", 201).get("key").asText();
                new RelayAdmin(tg).account("system", "openai", "http://127.0.0.1:9/v1", "gpt-4", "sk-system-admin-key-77aa");

                byte[] dump = DatabaseDump.of(tg.db);

                List<String> secrets = new ArrayList<>(List.of("access-token-", "refresh-token-", "sk-proj-user-key-5d1e0c7b",
                        "ernie-sk-4c9d71", "sk-system-admin-key-77aa", MockOAuthPlatform.CLIENT_SECRET, userKey,
                        "password123", RunningTollgate.ADMIN_TOKEN, query(pendingUrl, "state")));
                for (String secret : secrets) {
                    assertFalse(DatabaseDump.contains(dump, secret), "the dump holds " + secret);
                }
                assertTrue(DatabaseDump.contains(dump, "oauth"), "the dump does hold the accounts' names");
                assertFalse(DatabaseDump.contains(dump, "ernie-ak-8b2f"), "the AK is sealed with the SK");
            }
        }
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
