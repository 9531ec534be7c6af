package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.fakes.SettableClock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OAuth proxy end to end: a mock OAuth 2.0 server that is also the platform, and Tollgate as its client —
 * authorize, redirect with a code, callback, chat on the account, renewal near expiry and after a platform 401.
 */
class OAuthProxyFlowTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T02:00:00Z"));
    private MockOAuthPlatform platform;
    private RunningTollgate tg;

    @BeforeEach
    void start() throws Exception {
        platform = new MockOAuthPlatform();
        tg = RunningTollgate.onKnownPort(platform.env("DASHSCOPE"), clock);
    }

    @AfterEach
    void stop() {
        tg.close();
        platform.close();
    }

    @Test
    void authorizeRedirectCallbackThenChatOnTheAccount() {
        OAuthUser alice = OAuthUser.create(tg, "alice", "0");
        JsonNode started = alice.json("POST", "/api/v1/oauth/accounts/authorize",
                "{\"platform\":\"qwen\",\"account_name\":\"我的通义千问账号\"}", 200);
        String url = started.get("authorization_url").asText();
        assertEquals("oauth2", started.get("binding").asText());
        assertTrue(url.startsWith(platform.url() + "/oauth/authorize?response_type=code&client_id=" + MockOAuthPlatform.CLIENT_ID), url);
        assertTrue(url.contains("&code_challenge_method=S256") && url.contains("&state=") && url.contains("&code_challenge="), url);
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)).toString(), started.get("expires_at").asText());

        URI callback = MockOAuthPlatform.location(tg.get(url));
        HttpResponse<String> page = tg.get(callback.toString());

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("data-ok=\"true\"") && page.body().contains("window.opener.postMessage"), page.body());
        assertEquals(1, platform.codeExchanges.get());
        JsonNode list = alice.json("GET", "/api/v1/oauth/accounts?platform=qwen", null, 200).get("data");
        assertEquals(1, list.size());
        JsonNode account = list.get(0);
        assertEquals("dashscope", account.get("platform").asText());
        assertEquals("我的通义千问账号", account.get("account_name").asText());
        assertEquals("oauth2", account.get("binding").asText());
        assertEquals(1_000_000, account.at("/quota/daily").asLong());
        assertEquals(clock.instant().plusSeconds(3600).toString(), account.get("credential_expires_at").asText());
        assertFalse(account.toString().contains("access-token") || account.toString().contains("refresh-token"), account.toString());

        HttpResponse<String> chat = alice.chat(account.get("id").asText(), "qwen-turbo");

        assertEquals(200, chat.statusCode(), chat.body());
        assertEquals("你好！我是通义千问。", RelayAdmin.read(chat.body()).at("/choices/0/message/content").asText());
        assertEquals(15, alice.account(account.get("id").asText()).at("/quota/used").asLong());
        assertEquals("0", RelayAdmin.read(tg.admin("GET", "/admin/api/users?q=alice", null).body()).at("/data/0/balance").asText(),
                "an own account's call costs no points");
    }

    @Test
    void theStateWorksOnceAndForTenMinutes() {
        OAuthUser alice = OAuthUser.create(tg, "alice", "0");
        JsonNode started = alice.json("POST", "/api/v1/oauth/accounts/authorize", "{\"platform\":\"qwen\",\"account_name\":\"a\"}", 200);
        URI callback = MockOAuthPlatform.location(tg.get(started.get("authorization_url").asText()));
        assertEquals(200, tg.get(callback.toString()).statusCode());

        HttpResponse<String> replayed = tg.get(callback.toString());

        assertEquals(400, replayed.statusCode(), replayed.body());
        JsonNode late = alice.json("POST", "/api/v1/oauth/accounts/authorize", "{\"platform\":\"qwen\",\"account_name\":\"b\"}", 200);
        URI lateCallback = MockOAuthPlatform.location(tg.get(late.get("authorization_url").asText()));
        clock.advance(Duration.ofMinutes(10));
        HttpResponse<String> expired = tg.get(lateCallback.toString());
        assertEquals(400, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("expired"), expired.body());
        assertEquals(1, alice.json("GET", "/api/v1/oauth/accounts", null, 200).get("data").size());
    }

    @Test
    void nearExpiryTheTimerRenewsTheAccessTokenAndChatsUseTheNewOne() {
        OAuthUser alice = OAuthUser.create(tg, "alice", "0");
        String id = alice.bindByOAuth("qwen", "a");
        String before = alice.account(id).get("credential_expires_at").asText();

        clock.advance(Duration.ofMinutes(45));
        assertEquals(0, tg.tollgate.renewCredentialsNow(), "15 minutes before expiry is not near yet");
        clock.advance(Duration.ofMinutes(6));
        assertEquals(1, tg.tollgate.renewCredentialsNow());

        assertEquals(1, platform.refreshes.get());
        assertEquals(clock.instant().plusSeconds(3600).toString(), alice.account(id).get("credential_expires_at").asText());
        assertFalse(before.equals(alice.account(id).get("credential_expires_at").asText()));
        HttpResponse<String> chat = alice.chat(id, null);
        assertEquals(200, chat.statusCode(), chat.body());
        assertEquals(0, platform.refusedChats.get(), "the renewed token was used at once");
    }

    @Test
    void aPlatform401CausesOneRefreshAndOneRetry() {
        OAuthUser alice = OAuthUser.create(tg, "alice", "0");
        String id = alice.bindByOAuth("qwen", "a");
        platform.expireAccessToken();

        HttpResponse<String> chat = alice.chat(id, "qwen-turbo");

        assertEquals(200, chat.statusCode(), chat.body());
        assertEquals(1, platform.refreshes.get());
        assertEquals(2, platform.chats.get());
        assertEquals(1, platform.refusedChats.get());
        assertEquals("enabled", alice.account(id).get("status").asText());
    }

    @Test
    void aRefusedRefreshMarksTheAccountExpiredWithTheReasonAndNotifiesTheOwner() {
        OAuthUser alice = OAuthUser.create(tg, "alice", "0");
        String id = alice.bindByOAuth("qwen", "a");
        platform.revokeEverything();

        HttpResponse<String> chat = alice.chat(id, "qwen-turbo");

        assertEquals(502, chat.statusCode(), chat.body());
        JsonNode account = alice.account(id);
        assertEquals("expired", account.get("status").asText());
        assertTrue(account.get("status_reason").asText().contains("invalid_grant"), account.toString());
        JsonNode notices = alice.json("GET", "/api/v1/notifications", null, 200).get("data");
        assertEquals("credential_expired", notices.get(0).get("kind").asText(), notices.toString());
        JsonNode check = alice.json("POST", "/api/v1/oauth/accounts/" + id + "/check", null, 200);
        assertEquals("expired", check.get("status").asText(), check.toString());
    }
}
