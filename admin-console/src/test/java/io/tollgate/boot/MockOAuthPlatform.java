package io.tollgate.boot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform on 127.0.0.1 that is its own OAuth 2.0 server: {@code /oauth/authorize} approves at once and redirects
 * with a code, {@code /oauth/token} checks client, redirect URI and PKCE and issues rotating tokens, and
 * {@code /v1/chat/completions} answers only the newest access token (401 otherwise).
 */
final class MockOAuthPlatform implements AutoCloseable {

    static final String CLIENT_ID = "tollgate-test-client";
    static final String CLIENT_SECRET = "client-secret-7f3a9c";

    private record Issued(String challenge, String redirectUri) {}

    private final HttpServer server;
    private final Map<String, Issued> codes = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();
    final AtomicInteger codeExchanges = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger chats = new AtomicInteger();
    final AtomicInteger refusedChats = new AtomicInteger();
    volatile String validAccessToken = "";
    volatile long expiresIn = 3600;
    volatile int promptTokens = 10;
    volatile int completionTokens = 5;

    MockOAuthPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/authorize", this::authorize);
        server.createContext("/oauth/token", this::token);
        server.createContext("/v1/chat/completions", this::chat);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The environment that makes Tollgate an OAuth client of this platform as {@code platform} (e.g. DASHSCOPE). */
    Map<String, String> env(String platform) {
        String prefix = "TOLLGATE_OAUTH_" + platform + "_";
        return Map.of(prefix + "CLIENT_ID", CLIENT_ID, prefix + "CLIENT_SECRET", CLIENT_SECRET,
                prefix + "AUTHORIZE_URL", url() + "/oauth/authorize", prefix + "TOKEN_URL", url() + "/oauth/token",
                prefix + "API_URL", url() + "/v1", prefix + "SCOPE", "chat offline_access");
    }

    /** Every token issued so far stops working (the user revoked the consent). */
    void revokeEverything() {
        validAccessToken = "";
        refreshTokens.clear();
    }

    /** Only the access token stops working, as at its expiry. */
    void expireAccessToken() {
        validAccessToken = "";
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
                || !"code".equals(query.get("response_type"))) {
            reply(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = "code-" + sequence.incrementAndGet();
        codes.put(code, new Issued(query.get("code_challenge"), query.get("redirect_uri")));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            reply(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if ("authorization_code".equals(form.get("grant_type"))) {
            Issued issued = codes.remove(form.getOrDefault("code", ""));
            if (issued == null || !issued.redirectUri().equals(form.get("redirect_uri"))
                    || !issued.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
                reply(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad code, redirect or verifier\"}");
                return;
            }
            codeExchanges.incrementAndGet();
        } else if ("refresh_token".equals(form.get("grant_type"))) {
            if (!refreshTokens.remove(form.getOrDefault("refresh_token", ""))) {
                reply(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}");
                return;
            }
            refreshes.incrementAndGet();
        } else {
            reply(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        int n = sequence.incrementAndGet();
        validAccessToken = "access-token-" + n + "-f00dfeed";
        String refresh = "refresh-token-" + n + "-c0ffee42";
        refreshTokens.add(refresh);
        reply(exchange, 200, "{\"access_token\":\"" + validAccessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + expiresIn + ",\"refresh_token\":\"" + refresh + "\",\"scope\":\"chat offline_access\"}");
    }

    private void chat(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        chats.incrementAndGet();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (validAccessToken.isEmpty() || !("Bearer " + validAccessToken).equals(auth)) {
            refusedChats.incrementAndGet();
            reply(exchange, 401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
                    + "\"code\":\"invalid_api_key\"}}");
            return;
        }
        reply(exchange, 200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"qwen-turbo\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"你好！我是通义千问。\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":"
                + completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}");
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (exchange) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static URI location(java.net.http.HttpResponse<?> redirect) {
        return URI.create(redirect.headers().firstValue("Location").orElseThrow());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
