package io.tollgate.console.web;

import io.javalin.http.Context;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Whether a sign-in form was posted by this site: it carries the token derived from the pre-session cookie the form's
 * page set (SameSite=Strict, so another site's page cannot send it), and the browser does not say it came from
 * another site. Without this, another site could sign a visitor in to an account of its choosing.
 */
public final class SignInForms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInForms() {}

    /** A fresh pre-session cookie for a sign-in form; returns the token derived from it that the form carries. */
    public static String loginToken(Context ctx, String path, String cookie, boolean secure) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String preSession = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Web.setCookie(ctx, path, cookie, preSession, 3600, secure);
        return tokenFor(preSession);
    }

    /** The token a sign-in form carries for this pre-session cookie value. */
    public static String tokenFor(String preSession) {
        return Web.csrfOf("sign-in|" + preSession);
    }

    public static boolean fromThisSite(Context ctx, String cookie) {
        String preSession = ctx.cookie(cookie);
        return preSession != null && !preSession.isBlank() && Web.sameToken(tokenFor(preSession), ctx.formParam("csrf"))
                && !fromAnotherSite(ctx);
    }

    /** What the browser says: {@code Sec-Fetch-Site} where it is sent, else an {@code Origin} naming another host. */
    private static boolean fromAnotherSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String value = site.strip().toLowerCase(Locale.ROOT);
            return !value.equals("same-origin") && !value.equals("none");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        String host = hostOf(origin);
        return host == null || !(host.equalsIgnoreCase(ctx.header("Host")) || host.equalsIgnoreCase(ctx.header("X-Forwarded-Host")));
    }

    /** The {@code host[:port]} of an origin; null for {@code null} and anything unreadable. */
    private static String hostOf(String origin) {
        try {
            return URI.create(origin.strip()).getRawAuthority();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
