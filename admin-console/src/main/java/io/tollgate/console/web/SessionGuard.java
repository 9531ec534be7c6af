package io.tollgate.console.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.tollgate.application.identity.console.ConsoleAccess;
import io.tollgate.application.identity.console.ConsoleSession;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every console route: finds the session, keeps a half-finished sign-in on its next step, and refuses
 * any POST whose form does not carry the session's CSRF token (or, for the sign-in form, the pre-session token).
 */
public final class SessionGuard implements PageGroup {

    private static final byte[] CSS = Assets.resource("/console/console.css");

    public static final String CODE_PATH = "/console/login/code";
    public static final String ENROL_PATH = "/console/enrol";

    private final ConsoleAccess access;
    private final Set<String> trustedProxies;

    public SessionGuard(ConsoleAccess access, Set<String> trustedProxies) {
        this.access = access;
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/console", this::check);
        routes.before("/console/*", this::check);
        routes.get("/console/assets/console.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(CSS));
    }

    void check(Context ctx) {
        String path = ctx.path();
        boolean post = ctx.method() == HandlerType.POST;
        // No script, frame or foreign form target: whatever slipped past escaping would have nothing to run.
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; script-src 'none'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        PageHeaders.apply(ctx, trustedProxies);
        if (path.startsWith("/console/assets/")) {
            return;
        }
        if (path.equals("/console/login")) {
            if (post && !SignInForms.fromThisSite(ctx, Web.LOGIN_COOKIE)) {
                stop(ctx, 403, "csrf_token_invalid", "The form has expired or did not come from this console. Reload it and try again.");
            }
            return;
        }
        String sessionId = ctx.cookie(Web.SESSION_COOKIE);
        Optional<ConsoleAccess.Signed> signed = access.current(sessionId);
        if (signed.isEmpty()) {
            if (post) {
                stop(ctx, 401, "not_signed_in", "Sign in first.");
            } else {
                ctx.redirect("/console/login", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
            return;
        }
        ctx.attribute(Web.SIGNED, signed.get());
        ctx.attribute(Web.CSRF, Web.csrfOf(sessionId));
        if (post && !Web.sameToken(Web.csrfOf(sessionId), ctx.formParam("csrf"))) {
            stop(ctx, 403, "csrf_token_invalid", "The form has expired or did not come from this console. Reload it and try again.");
            return;
        }
        String next = switch (signed.get().session().stage()) {
            case NEEDS_CODE -> CODE_PATH;
            case NEEDS_ENROLMENT -> ENROL_PATH;
            case COMPLETE -> null;
        };
        if (next != null && !path.equals(next) && !path.equals("/console/logout")) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
        } else if (next == null && (path.equals(CODE_PATH) || path.equals(ENROL_PATH))) {
            ctx.redirect("/console", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
        }
    }

    public static boolean complete(ConsoleAccess.Signed signed) {
        return signed.session().stage() == ConsoleSession.Stage.COMPLETE;
    }

    private static void stop(Context ctx, int status, String code, String message) {
        Web.refuse(ctx, status, code, message);
        ctx.skipRemainingHandlers();
    }
}
