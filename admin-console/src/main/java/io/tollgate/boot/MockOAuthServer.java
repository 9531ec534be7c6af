package io.tollgate.boot;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.oauth.OAuthClient;
import io.tollgate.domain.account.oauth.Pkce;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in mock platform's own OAuth 2.0 server, so that binding an account can be tried offline: an
 * authorization page with Approve and Deny, and a token endpoint that checks the client, the redirect URI and
 * PKCE and issues rotating tokens. It lives in this node's memory; the mock provider accepts any token.
 */
final class MockOAuthServer {

    static final String CLIENT_ID = "tollgate-built-in";
    static final String AUTHORIZE_PATH = "/mock-platform/oauth/authorize";
    static final String TOKEN_PATH = "/mock-platform/oauth/token";

    private record Grant(String challenge, String redirectUri) {}

    private final String redirectUri;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

    MockOAuthServer(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    /** The client settings that make Tollgate bind mock accounts through this server. */
    static OAuthClient client(String publicUrl, int port) {
        return new OAuthClient(Platform.MOCK, CLIENT_ID, "", publicUrl + AUTHORIZE_PATH,
                "http://127.0.0.1:" + port + TOKEN_PATH, Platform.MOCK.defaultBaseUrl(), "chat");
    }

    void register(RoutesConfig routes) {
        routes.get(AUTHORIZE_PATH, this::authorize);
        routes.post(TOKEN_PATH, this::token);
    }

    private void authorize(Context ctx) {
        String state = ctx.queryParam("state");
        String challenge = ctx.queryParam("code_challenge");
        if (!CLIENT_ID.equals(ctx.queryParam("client_id")) || !redirectUri.equals(ctx.queryParam("redirect_uri"))
                || state == null || challenge == null || !"S256".equals(ctx.queryParam("code_challenge_method"))) {
            ctx.status(400).html("<!doctype html><title>Mock platform</title><p>Invalid authorization request.</p>");
            return;
        }
        String code = Pkce.randomToken();
        codes.put(code, new Grant(challenge, redirectUri));
        String back = redirectUri + "?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        ctx.html("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mock platform · authorize</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><h1>Mock platform</h1>"
                + "<p>Tollgate asks to use your mock account's free quota.</p>"
                + "<p><a id=\"approve\" href=\"" + attribute(back + "&code=" + code) + "\">Approve</a> · "
                + "<a id=\"deny\" href=\"" + attribute(back + "&error=access_denied") + "\">Deny</a></p></body></html>");
    }

    private void token(Context ctx) {
        String grant = ctx.formParam("grant_type");
        if (!CLIENT_ID.equals(ctx.formParam("client_id"))) {
            ctx.status(401).json(Map.of("error", "invalid_client"));
        } else if ("authorization_code".equals(grant)) {
            Grant issued = codes.remove(String.valueOf(ctx.formParam("code")));
            String verifier = String.valueOf(ctx.formParam("code_verifier"));
            boolean valid = issued != null && issued.redirectUri().equals(ctx.formParam("redirect_uri"))
                    && issued.challenge().equals(Pkce.challenge(verifier));
            tokensOr(ctx, valid, "bad code, redirect URI or verifier");
        } else if ("refresh_token".equals(grant)) {
            tokensOr(ctx, refreshTokens.remove(String.valueOf(ctx.formParam("refresh_token"))) != null, "unknown refresh token");
        } else {
            ctx.status(400).json(Map.of("error", "unsupported_grant_type"));
        }
    }

    private void tokensOr(Context ctx, boolean valid, String why) {
        if (!valid) {
            ctx.status(400).json(Map.of("error", "invalid_grant", "error_description", why));
            return;
        }
        String refresh = "mock-rt-" + Pkce.randomToken();
        refreshTokens.put(refresh, true);
        ctx.json(Map.of("access_token", "mock-at-" + Pkce.randomToken(), "token_type", "Bearer", "expires_in", 3600,
                "refresh_token", refresh));
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
