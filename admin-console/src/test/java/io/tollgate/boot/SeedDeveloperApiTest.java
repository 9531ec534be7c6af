package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The OAuth proxy guide's "开发者接口" section, call by call, against a running Tollgate whose qwen platform is a
 * local mock OAuth server: the REST API block, the requests example (a session token), and the SDK examples (an API
 * key, {@code response.choices[0].message.content}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedDeveloperApiTest {

    private static MockOAuthPlatform platform;
    private static RunningTollgate tg;
    private static OAuthUser user;
    private static String accountId;

    @BeforeAll
    static void start() throws Exception {
        platform = new MockOAuthPlatform();
        tg = RunningTollgate.onKnownPort(platform.env("DASHSCOPE"));
        user = OAuthUser.create(tg, "writer", "0");
    }

    @AfterAll
    static void stop() {
        tg.close();
        platform.close();
    }

    @Test
    @Order(1)
    void getPlatforms() {
        JsonNode platforms = RelayAdmin.read(tg.get(tg.base() + "/api/v1/oauth/platforms").body()).get("data");

        assertEquals(10, platforms.size());
        JsonNode qwen = platforms.findParents("family").stream().filter(p -> p.get("family").asText().equals("qwen")).findFirst().orElseThrow();
        assertTrue(qwen.get("bindings").toString().contains("OAUTH2"), qwen.toString());
    }

    @Test
    @Order(2)
    void postAuthorizeWithThePlatformAndAnAccountName() {
        JsonNode started = user.json("POST", "/api/v1/oauth/accounts/authorize",
                "{\n  \"platform\": \"qwen\",\n  \"account_name\": \"我的账号\"\n}", 200);

        HttpResponse<String> redirect = tg.get(started.get("authorization_url").asText());
        HttpResponse<String> page = tg.get(MockOAuthPlatform.location(redirect).toString());

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("授权成功"), page.body());
    }

    @Test
    @Order(3)
    void getAccountsOfThePlatform() {
        JsonNode accounts = user.json("GET", "/api/v1/oauth/accounts?platform=qwen", null, 200).get("data");

        assertEquals(1, accounts.size());
        assertEquals("我的账号", accounts.get(0).get("account_name").asText());
        accountId = accounts.get(0).get("id").asText();
    }

    @Test
    @Order(4)
    void postChatCompletionsAsInTheRestBlockAndTheRequestsExample() {
        HttpResponse<String> reply = user.call("POST", "/api/v1/oauth/chat/completions", "{\n  \"account_id\": \"" + accountId
                + "\",\n  \"messages\": [\n    {\"role\": \"user\", \"content\": \"你好\"}\n  ],\n  \"model\": \"qwen-turbo\",\n  \"stream\": false\n}");

        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("你好！我是通义千问。", RelayAdmin.read(reply.body()).at("/choices/0/message/content").asText());
    }

    @Test
    @Order(5)
    void withoutAModelTheAccountsUsualModelIsUsed() {
        HttpResponse<String> reply = user.call("POST", "/api/v1/oauth/chat/completions", "{\"account_id\": \"" + accountId
                + "\", \"messages\": [{\"role\": \"user\", \"content\": \"你好\"}], \"stream\": false}");

        assertEquals(200, reply.statusCode(), reply.body());
        JsonNode usage = user.json("GET", "/api/v1/oauth/accounts/" + accountId + "/usage", null, 200).get("data");
        assertEquals("qwen-turbo", usage.get(0).get("model").asText());
    }

    @Test
    @Order(6)
    void theSdkExamplesWithAnApiKeyListAccountsAndChat() {
        String apiKey = user.json("POST", "/api/v1/keys", "{\"name\":\"sdk\"}", 201).get("key").asText();

        JsonNode accounts = RelayAdmin.read(tg.user(apiKey, "GET", "/api/v1/oauth/accounts", null).body()).get("data");
        HttpResponse<String> reply = tg.user(apiKey, "POST", "/api/v1/oauth/chat/completions", "{\"account_id\": \"" + accountId
                + "\", \"messages\": [{\"role\": \"user\", \"content\": \"你好\"}], \"model\": \"qwen-turbo\"}");

        assertEquals(accountId, accounts.get(0).get("id").asText());
        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("你好！我是通义千问。", RelayAdmin.read(reply.body()).at("/choices/0/message/content").asText());
    }

    @Test
    @Order(7)
    void theGuidesNumericExampleIdIsSimplyNotFound() {
        HttpResponse<String> reply = user.call("POST", "/api/v1/oauth/chat/completions",
                "{\"account_id\": 1, \"messages\": [{\"role\": \"user\", \"content\": \"你好\"}]}");

        assertEquals(404, reply.statusCode(), reply.body());
    }
}
