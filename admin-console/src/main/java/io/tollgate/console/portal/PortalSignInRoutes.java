package io.tollgate.console.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.identity.signin.SignInUser;
import io.tollgate.console.web.ConsoleSettings;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.SignInForms;
import io.tollgate.console.web.Web;

/** Users sign in to their own pages with username and password, and sign out. */
public final class PortalSignInRoutes implements PageGroup {

    private final SignInUser signIn;
    private final ConsoleSettings settings;

    public PortalSignInRoutes(SignInUser signIn, ConsoleSettings settings) {
        this.signIn = signIn;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/me/login", ctx -> form(ctx, 200, ""));
        routes.post("/me/login", this::login);
        routes.post("/me/logout", ctx -> {
            signIn.signOut(ctx.cookie(PortalGuard.SESSION_COOKIE));
            Web.setCookie(ctx, "/me", PortalGuard.SESSION_COOKIE, "", 0, secure(ctx));
            ctx.redirect("/me/login", HttpStatus.SEE_OTHER);
        });
    }

    private void form(Context ctx, int status, String error) {
        String token = SignInForms.loginToken(ctx, "/me", PortalGuard.LOGIN_COOKIE, secure(ctx));
        ctx.status(status);
        Web.render(ctx, "portal_login.jte", new PortalLoginPage(PortalChrome.anonymous(LanguageChoice.of(ctx), LanguageChoice.of(ctx).get("title.sign-in"), ""), token, error));
    }

    private void login(Context ctx) {
        switch (signIn.signIn(ctx.formParam("username"), ctx.formParam("password"), settings.clientAddress().apply(ctx))) {
            case SignInUser.Outcome.Opened opened -> {
                Web.setCookie(ctx, "/me", PortalGuard.LOGIN_COOKIE, "", 0, secure(ctx));
                Web.setCookie(ctx, "/me", PortalGuard.SESSION_COOKIE, opened.sessionId(),
                        (int) SignInUser.SESSION_LIFETIME.toSeconds(), secure(ctx));
                ctx.redirect("/me/accounts", HttpStatus.SEE_OTHER);
            }
            case SignInUser.Outcome.BadCredentials bad -> form(ctx, 401, LanguageChoice.of(ctx).get("signin.error.bad"));
            case SignInUser.Outcome.Throttled throttled -> {
                ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                form(ctx, 429, LanguageChoice.of(ctx).format("signin.error.throttled", throttled.retryAfter().toMinutes() + 1));
            }
        }
    }

    private boolean secure(Context ctx) {
        return Web.overHttps(ctx, settings.trustedProxies());
    }
}
