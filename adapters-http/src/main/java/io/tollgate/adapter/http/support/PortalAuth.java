package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import io.tollgate.application.identity.Caller;
import io.tollgate.application.identity.IdentifyCaller;
import java.util.Set;

/** Lets a request into the user API only with the user's session token or one of their API keys. */
public final class PortalAuth {

    /** Paths of the user API that need no credential: signing in, the platform list, and the platforms' redirect. */
    static final Set<String> OPEN = Set.of("/api/v1/auth/login", "/api/v1/oauth/platforms", "/api/v1/oauth/callback",
            "/api/v1/oauth/finished");

    private static final String CALLER = "tollgate.caller";

    private final IdentifyCaller identify;

    public PortalAuth(IdentifyCaller identify) {
        this.identify = identify;
    }

    public void check(Context ctx) {
        if (OPEN.contains(ctx.path())) {
            return;
        }
        switch (identify.identify(BearerToken.of(ctx))) {
            case IdentifyCaller.Identified.Known known -> ctx.attribute(CALLER, known.caller());
            case IdentifyCaller.Identified.Disabled disabled -> {
                ctx.skipRemainingHandlers();
                ApiError.reply(ctx, 403, "user_disabled", "this user is disabled; ask an administrator to enable it");
            }
            case IdentifyCaller.Identified.Unknown unknown -> {
                ctx.skipRemainingHandlers();
                ctx.header("WWW-Authenticate", "Bearer");
                ApiError.reply(ctx, 401, "unauthorized",
                        "sign in first: 'Authorization: Bearer <session token from POST /api/v1/auth/login, or your API key>'");
            }
        }
    }

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("a user route ran without PortalAuth");
        }
        return caller;
    }
}
