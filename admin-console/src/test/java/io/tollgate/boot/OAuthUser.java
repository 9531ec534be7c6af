package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** A user of the OAuth proxy in an end-to-end test: signed in, binding accounts and chatting on them over HTTP. */
final class OAuthUser {

    final RunningTollgate tg;
    final String id;
    final String token;

    private OAuthUser(RunningTollgate tg, String id, String token) {
        this.tg = tg;
        this.id = id;
        this.token = token;
    }

    /** Created by the admin with this balance, then signed in with the password. */
    static OAuthUser create(RunningTollgate tg, String username, String balance) {
        HttpResponse<String> created = tg.admin("POST", "/admin/api/users",
                "{\"username\":\"" + username + "\",\"password\":\"password123\",\"balance\":" + balance + "}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> login = tg.post("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"password123\"}");
        assertEquals(200, login.statusCode(), login.body());
        return new OAuthUser(tg, RelayAdmin.read(created.body()).get("id").asText(), RelayAdmin.read(login.body()).get("token").asText());
    }

    /** An existing user (password {@code password123}) signed in to the user API. */
    static OAuthUser signIn(RunningTollgate tg, String username) {
        HttpResponse<String> login = tg.post("/api/v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"password123\"}");
        assertEquals(200, login.statusCode(), login.body());
        JsonNode reply = RelayAdmin.read(login.body());
        return new OAuthUser(tg, reply.at("/user/id").asText(), reply.get("token").asText());
    }

    HttpResponse<String> call(String method, String path, String json) {
        return tg.user(token, method, path, json);
    }

    JsonNode json(String method, String path, String json, int expectedStatus) {
        HttpResponse<String> reply = call(method, path, json);
        assertEquals(expectedStatus, reply.statusCode(), reply.body());
        return RelayAdmin.read(reply.body());
    }

    /** Authorize → the platform's redirect → Tollgate's callback page; the new account's id. */
    String bindByOAuth(String platform, String name) {
        JsonNode started = json("POST", "/api/v1/oauth/accounts/authorize",
                "{\"platform\":\"" + platform + "\",\"account_name\":\"" + name + "\"}", 200);
        HttpResponse<String> redirect = tg.get(started.get("authorization_url").asText());
        assertEquals(302, redirect.statusCode(), redirect.body());
        HttpResponse<String> page = tg.get(MockOAuthPlatform.location(redirect).toString());
        assertEquals(200, page.statusCode(), page.body());
        return RelayAdmin.read(call("GET", "/api/v1/oauth/accounts", null).body()).get("data").findValues("id").stream()
                .map(JsonNode::asText).reduce((first, last) -> last).orElseThrow();
    }

    /** Binds by a pasted key; the new account's id. */
    String bindByKey(String platform, String name, String apiKey, long dailyQuota) {
        return json("POST", "/api/v1/oauth/accounts", "{\"platform\":\"" + platform + "\",\"account_name\":\"" + name
                + "\",\"api_key\":\"" + apiKey + "\",\"daily_quota\":" + dailyQuota + "}", 201).get("id").asText();
    }

    HttpResponse<String> chat(String accountId, String model) {
        String account = accountId == null ? "" : "\"account_id\":\"" + accountId + "\",";
        String named = model == null ? "" : "\"model\":\"" + model + "\",";
        return call("POST", "/api/v1/oauth/chat/completions", "{" + account + named
                + "\"messages\":[{\"role\":\"user\",\"content\":\"你好\"}],\"stream\":false}");
    }

    JsonNode account(String accountId) {
        return json("GET", "/api/v1/oauth/accounts/" + accountId, null, 200);
    }
}
