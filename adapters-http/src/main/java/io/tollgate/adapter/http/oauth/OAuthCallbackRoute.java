package io.tollgate.adapter.http.oauth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.BindOutcome;

/**
 * {@code GET /api/v1/oauth/callback}: where a platform sends the user's browser back. Binds the account and answers
 * a small page that tells the window which opened it (the console) and closes itself.
 */
public final class OAuthCallbackRoute {

    /** Where the popup ends once the account is bound. */
    public static final String FINISHED = "/api/v1/oauth/finished";
    private static final String BOUND = "授权成功：账号已绑定。(Authorized: the account is bound.)";

    private final BindAccount bind;

    public OAuthCallbackRoute(BindAccount bind) {
        this.bind = bind;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/oauth/callback", this::callback);
        // On the opener's own origin, so the message reaches it: the redirect URI may name another host (localhost, 127.0.0.1).
        routes.get(FINISHED, ctx -> {
            String account = ctx.queryParam("account");
            boolean ok = account != null && account.matches("[0-9a-f-]{36}");
            page(ctx, ok ? 200 : 400, ok, ok ? account : "", ok ? BOUND : "授权链接无效。(Invalid link.)");
        });
    }

    private void callback(Context ctx) {
        String state = ctx.queryParam("state");
        String error = ctx.queryParam("error");
        BindOutcome outcome = bind.complete(state, error == null ? ctx.queryParam("code") : null);
        if (error != null && !(outcome instanceof BindOutcome.UnknownState)) {
            outcome = new BindOutcome.Refused("the platform answered " + error);
        }
        switch (outcome) {
            case BindOutcome.Bound bound -> {
                var origin = BindAccount.returnOrigin(state);
                if (origin.isPresent()) {
                    ctx.header("Cache-Control", "no-store");
                    ctx.redirect(origin.get() + FINISHED + "?account=" + bound.account().id(), HttpStatus.SEE_OTHER);
                } else {
                    page(ctx, 200, true, bound.account().id().toString(), BOUND);
                }
            }
            case BindOutcome.UnknownState ignored -> page(ctx, 400, false, "", "授权链接无效或已使用。(Unknown or already used authorization.)");
            case BindOutcome.AuthorizationExpired ignored -> page(ctx, 400, false, "", "授权已超时，请重试。(The authorization expired: start again.)");
            case BindOutcome.Refused refused -> page(ctx, 400, false, "", "授权失败 (Authorization failed): " + refused.reason());
            case BindOutcome.Invalid invalid -> page(ctx, 400, false, "", invalid.message());
            case BindOutcome.AuthorizationStarted ignored -> throw new IllegalStateException("a callback never starts one");
            case BindOutcome.CredentialsNeeded ignored -> throw new IllegalStateException("a callback never asks for keys");
        }
    }

    private static void page(Context ctx, int status, boolean ok, String accountId, String message) {
        String json = "{\"type\":\"tollgate-oauth\",\"ok\":" + ok + ",\"accountId\":\"" + accountId + "\"}";
        ctx.status(status);
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.html("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>Tollgate</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><p id=\"result\" data-ok=\"" + ok + "\">" + escape(message) + "</p>"
                + "<script>(function(){var r=" + json + ";if(window.opener){window.opener.postMessage(r,window.location.origin);}"
                + "setTimeout(function(){window.close();}," + (ok ? 1500 : 8000) + ");})();</script></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
