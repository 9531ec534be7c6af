package io.tollgate.console.web;

import io.javalin.http.Context;
import java.util.Set;

/** The headers every console and users' page carries, beside its own Content-Security-Policy. */
public final class PageHeaders {

    // A year, the usual minimum for browsers' preload lists; subdomains are left to the operator's own policy.
    private static final String HSTS = "max-age=31536000";

    private PageHeaders() {}

    public static void apply(Context ctx, Set<String> trustedProxies) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        // frame-ancestors says the same to current browsers; this header is for those that predate it.
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        if (Web.overHttps(ctx, trustedProxies)) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }
}
