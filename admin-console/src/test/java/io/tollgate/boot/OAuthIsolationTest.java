package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.fakes.SettableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One user's account is invisible to another: every operation on it answers 404, exactly as for a missing id. */
class OAuthIsolationTest {

    private static MockOAuthPlatform platform;
    private static RunningTollgate tg;
    private static OAuthUser alice;
    private static OAuthUser bob;
    private static String aliceAccount;

    @BeforeAll
    static void start() throws Exception {
        platform = new MockOAuthPlatform();
        tg = RunningTollgate.onKnownPort(platform.env("DASHSCOPE"), new SettableClock(Instant.parse("2026-03-10T02:00:00Z")));
        alice = OAuthUser.create(tg, "alice", "0");
        bob = OAuthUser.create(tg, "bob", "100");
        aliceAccount = alice.bindByOAuth("qwen", "Alice's Qwen");
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    @Test
    void bobGets404OnReadUseCheckEditDeleteAndUsageOfAlicesAccount() {
        String one = "/api/v1/oauth/accounts/" + aliceAccount;
        int chatsBefore = platform.chats.get();
        List<HttpResponse<String>> replies = List.of(
                bob.call("GET", one, null),
                bob.chat(aliceAccount, "qwen-turbo"),
                bob.call("POST", one + "/check", null),
                bob.call("PATCH", one, "{\"name\":\"mine now\",\"enabled\":false}"),
                bob.call("DELETE", one, null),
                bob.call("GET", one + "/usage", null));
        String missing = "/api/v1/oauth/accounts/00000000-0000-0000-0000-000000000001";
        HttpResponse<String> absent = bob.call("GET", missing, null);

        for (HttpResponse<String> reply : replies) {
            assertEquals(404, reply.statusCode(), reply.request().method() + " " + reply.request().uri() + " " + reply.body());
            assertFalse(reply.body().contains("Alice"), reply.body());
        }
        assertEquals(404, absent.statusCode());
        assertEquals(RelayAdmin.read(absent.body()).at("/error/code"), RelayAdmin.read(replies.get(0).body()).at("/error/code"),
                "a foreign id and a missing id answer alike");
        assertEquals(chatsBefore, platform.chats.get(), "Bob's attempts never reached the platform");
        JsonNode intact = alice.account(aliceAccount);
        assertEquals("Alice's Qwen", intact.get("account_name").asText());
        assertEquals("enabled", intact.get("status").asText());
        assertEquals(0, bob.json("GET", "/api/v1/oauth/accounts", null, 200).get("data").size());
    }

    @Test
    void withoutAnAccountIdBobsCallsNeverUseAlicesAccount() {
        long usedBefore = alice.account(aliceAccount).at("/quota/used").asLong();
        int chatsBefore = platform.chats.get();

        HttpResponse<String> reply = bob.chat(null, "qwen-turbo");

        assertEquals(503, reply.statusCode(), reply.body());
        assertEquals(usedBefore, alice.account(aliceAccount).at("/quota/used").asLong());
        assertEquals(chatsBefore, platform.chats.get());
    }

    @Test
    void theSystemPoolNeverSpendsAUsersAccount() {
        RelayAdmin admin = new RelayAdmin(tg);
        admin.model("qwen-turbo", "dashscope", "1", "1");
        RelayAdmin.Caller caller = admin.caller(new java.math.BigDecimal("100"));

        HttpResponse<String> reply = admin.chat(caller, "qwen-turbo", false);

        assertEquals(503, reply.statusCode(), reply.body());
    }

    @Test
    void adminsSeeTheOwnerAndMetadataButNeverTheCredential() {
        JsonNode account = new RelayAdmin(tg).account("Alice's Qwen");

        assertEquals(alice.id, account.get("ownerId").asText());
        assertEquals("sealed (never shown)", account.get("credential").asText());
        assertFalse(account.toString().contains("access-token"), account.toString());
    }

    @Test
    void aShareAuthTokenThatAShareLinkHoldsOpensNoAccountOfItsUser() {
        HttpResponse<String> init = tg.post("/shareAuth/init", "{\"username\":\"alice\",\"password\":\"password123\"}");
        String shareToken = RelayAdmin.read(init.body()).get("authToken").asText();
        assertEquals(3, shareToken.split("\\.").length, init.body());

        HttpResponse<String> reply = tg.user(shareToken, "GET", "/api/v1/oauth/accounts", null);

        assertEquals(401, reply.statusCode(), reply.body());
    }

    @Test
    void fiveWrongPasswordsLockTheNameFromThisAddressEvenForTheRightOne() {
        OAuthUser.create(tg, "erin", "0");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, tg.post("/api/v1/auth/login", "{\"username\":\"erin\",\"password\":\"guess" + i + "\"}").statusCode());
        }

        HttpResponse<String> locked = tg.post("/api/v1/auth/login", "{\"username\":\"erin\",\"password\":\"password123\"}");

        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 800);
        assertEquals(200, tg.post("/api/v1/auth/login", "{\"username\":\"bob\",\"password\":\"password123\"}").statusCode(),
                "another name from the same address is not locked");
    }

    @Test
    void theUserApiNeedsASessionTokenOrAnApiKey() {
        HttpResponse<String> anonymous = tg.get(tg.base() + "/api/v1/oauth/accounts");
        HttpResponse<String> forged = tg.user("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad", "GET", "/api/v1/oauth/accounts", null);

        assertEquals(401, anonymous.statusCode());
        assertEquals(401, forged.statusCode());
        assertTrue(anonymous.body().contains("\"code\":\"unauthorized\""), anonymous.body());
    }
}
