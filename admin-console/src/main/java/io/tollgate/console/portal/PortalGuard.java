package io.tollgate.console.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.tollgate.application.identity.signin.SignInUser;
import io.tollgate.console.web.Assets;
import io.tollgate.console.web.Notices;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.PageHeaders;
import io.tollgate.console.web.SignInForms;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Refusals;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.identity.User;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every user page under {@code /me}: finds the user's session, and refuses any POST whose form does not
 * carry the session's CSRF token (or, for the sign-in form, the pre-session token).
 */
public final class PortalGuard implements PageGroup {

    private static final byte[] ACCOUNTS_JS = Assets.resource("/console/accounts.js");
    private static final byte[] BOUND_JS = Assets.resource("/console/bound.js");

    static final String SESSION_COOKIE = "tg_user";
    static final String LOGIN_COOKIE = "tg_user_login";
    static final String USER = "portal.user";

    private final SignInUser signIn;
    private final Set<String> trustedProxies;

    public PortalGuard(SignInUser signIn, Set<String> trustedProxies) {
        this.signIn = signIn;
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/me", this::check);
        routes.before("/me/*", this::check);
        routes.get("/me/assets/accounts.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(ACCOUNTS_JS));
        routes.get("/me/assets/bound.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(BOUND_JS));
    }

    void check(Context ctx) {
        // Scripts only from this origin: the one the accounts page loads to refresh after an authorization popup.
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; script-src 'self'; "
                + "form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'");
        PageHeaders.apply(ctx, trustedProxies);
        String path = ctx.path();
        boolean post = ctx.method() == HandlerType.POST;
        if (path.startsWith("/me/assets/")) {
            return;
        }
        if (path.equals("/me/login")) {
            if (post && !SignInForms.fromThisSite(ctx, LOGIN_COOKIE)) {
                stop(ctx, 403, "csrf_token_invalid", "The form has expired or did not come from this site. Reload it and try again.");
            }
            return;
        }
        String sessionId = ctx.cookie(SESSION_COOKIE);
        Optional<User> user = signIn.current(sessionId);
        if (user.isEmpty()) {
            if (post) {
                stop(ctx, 401, "not_signed_in", "Sign in first.");
            } else {
                ctx.redirect("/me/login", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
            return;
        }
        ctx.attribute(USER, user.get());
        ctx.attribute(Web.CSRF, Web.csrfOf(sessionId));
        // Scripts send the token in a header: their JSON bodies have no form field.
        String token = ctx.header("X-CSRF-Token") != null ? ctx.header("X-CSRF-Token") : ctx.formParam("csrf");
        if (post && !Web.sameToken(Web.csrfOf(sessionId), token)) {
            stop(ctx, 403, "csrf_token_invalid", "The form has expired or did not come from this site. Reload it and try again.");
        }
    }

    /** Bad form input that a domain value refused becomes a 400 page, never a 500. */
    static Handler safe(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (IllegalArgumentException invalid) {
                refuse(ctx, 400, invalid.getMessage());
            }
        };
    }

    static User user(Context ctx) {
        return ctx.attribute(USER);
    }

    /** The layout data of a user's page: its title is the message {@code titleKey} filled with {@code args}. */
    public static PortalChrome chrome(Context ctx, String titleKey, String section, Object... args) {
        Texts t = LanguageChoice.of(ctx);
        return new PortalChrome(t.format(titleKey, args), user(ctx).username().value(), ctx.attribute(Web.CSRF), section,
                Notices.text(t, ctx.queryParam("done")), t);
    }

    static void refuse(Context ctx, int status, String message) {
        show(ctx, status, Refusals.byStatus(LanguageChoice.of(ctx), status, message));
    }

    private static void show(Context ctx, int status, String shown) {
        ctx.status(status);
        Texts t = LanguageChoice.of(ctx);
        PortalChrome chrome = ctx.attribute(USER) == null ? PortalChrome.anonymous(t, t.format("title.error", status), "")
                : chrome(ctx, "title.error", "error", status);
        Web.render(ctx, "portal_error.jte", new PortalErrorPage(chrome, status, shown));
    }

    /** A guard's refusal: JSON with a stable code for clients that ask for JSON, else the error page. */
    private static void stop(Context ctx, int status, String code, String message) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            ctx.status(status).json(java.util.Map.of("error", java.util.Map.of("code", code, "message", message)));
        } else {
            show(ctx, status, Refusals.text(LanguageChoice.of(ctx), code, message));
        }
        ctx.skipRemainingHandlers();
    }
}
