package io.tollgate.console.web;

import io.tollgate.application.audit.Actors;
import io.javalin.http.Context;
import io.tollgate.application.identity.console.ConsoleAccess;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/** Request helpers shared by the console's routes: cookies, the CSRF token, paging and rendering. */
public final class Web {

    public static final String SESSION_COOKIE = "tg_console";
    public static final String LOGIN_COOKIE = "tg_login";
    public static final String SIGNED = "console.signed";
    public static final String CSRF = "console.csrf";

    private Web() {}

    /** Over HTTPS: the connection itself, or a trusted proxy's {@code X-Forwarded-Proto}. */
    public static boolean overHttps(Context ctx, Set<String> trustedProxies) {
        return "https".equals(ctx.scheme())
                || trustedProxies.contains(ctx.ip()) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** HttpOnly, SameSite=Strict, Secure over HTTPS; {@code maxAge} 0 deletes it. */
    public static void setCookie(Context ctx, String name, String value, int maxAgeSeconds, boolean secure) {
        setCookie(ctx, "/console", name, value, maxAgeSeconds, secure);
    }

    /** The same, for pages under {@code path} (users' pages live under {@code /me}, apart from the admins'). */
    public static void setCookie(Context ctx, String path, String name, String value, int maxAgeSeconds, boolean secure) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    /** The form token of a session: derived from the cookie value, which the database never holds, so it need not be stored. */
    public static String csrfOf(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("csrf|" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException jdkWithoutSha256) {
            throw new IllegalStateException(jdkWithoutSha256);
        }
    }

    public static boolean sameToken(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    public static ConsoleAccess.Signed signed(Context ctx) {
        return ctx.attribute(SIGNED);
    }

    public static String actor(Context ctx) {
        return Actors.consoleAdmin(signed(ctx).admin().username());
    }

    /** The layout data of a signed-in page: its title is the message {@code titleKey} filled with {@code args}. */
    public static Chrome chrome(Context ctx, String titleKey, String section, Object... args) {
        Texts t = LanguageChoice.of(ctx);
        String notice = Notices.text(t, ctx.queryParam("done"));
        return new Chrome(t.format(titleKey, args), signed(ctx).admin().username(), ctx.attribute(CSRF), section, notice, t);
    }

    /** The page asked for, from {@code ?offset=}; anything unreadable is the first page. */
    public static Page page(Context ctx) {
        int offset;
        try {
            offset = Math.max(0, Math.min(1_000_000, Integer.parseInt(ctx.queryParam("offset") == null ? "0" : ctx.queryParam("offset"))));
        } catch (NumberFormatException notANumber) {
            offset = 0;
        }
        // One row more than shown, to know whether there is a next page.
        return new Page(offset, Paging.DEFAULT_LIMIT + 1);
    }

    public static void render(Context ctx, String template, Object page) {
        ctx.contentType("text/html; charset=utf-8").result(Templates.render(template, page));
    }

    /** An error as a page for browsers, as JSON for clients that ask for it. */
    public static void refuse(Context ctx, int status, String code, String message) {
        ctx.status(status);
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            ctx.json(java.util.Map.of("error", java.util.Map.of("code", code, "message", message)));
            return;
        }
        Texts t = LanguageChoice.of(ctx);
        String title = t.format("title.error", status);
        Chrome chrome = ctx.attribute(SIGNED) == null ? Chrome.anonymous(t, title, "")
                : new Chrome(title, signed(ctx).admin().username(), ctx.attribute(CSRF), "error", "", t);
        render(ctx, "error.jte", new ErrorPage(chrome, status, code, io.tollgate.console.web.text.Refusals.text(t, code, message)));
    }
}
