package io.tollgate.console.admin.signin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.identity.console.ConsoleSession;
import io.tollgate.application.identity.console.SecondFactor;
import io.tollgate.application.identity.console.SignInAdmin;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.identity.console.ConsoleAccess;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Texts;
import io.tollgate.console.web.ConsoleSettings;
import io.tollgate.console.web.LoginPage;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.QrCode;
import io.tollgate.console.web.SessionGuard;
import io.tollgate.console.web.SignInForms;
import io.tollgate.console.web.Web;

/** Sign-in with password, then a TOTP code (or enrolment of one), and sign-out. */
public final class SignInRoutes implements PageGroup {

    private final AuditTrail audit;
    private final ConsoleAccess sessions;
    private final SignInAdmin signIn;
    private final SecondFactor secondFactor;
    private final ConsoleSettings settings;

    public SignInRoutes(AuditTrail audit, ConsoleAccess sessions, SignInAdmin signIn, SecondFactor secondFactor, ConsoleSettings settings) {
        this.audit = audit;
        this.sessions = sessions;
        this.signIn = signIn;
        this.secondFactor = secondFactor;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/login", ctx -> loginForm(ctx, 200, ""));
        routes.post("/console/login", this::login);
        routes.get(SessionGuard.CODE_PATH, ctx -> Web.render(ctx, "code.jte", new CodePage(chrome(ctx, "title.code"), csrf(ctx), "")));
        routes.post(SessionGuard.CODE_PATH, this::code);
        routes.get(SessionGuard.ENROL_PATH, ctx -> enrolForm(ctx, 200, ""));
        routes.post(SessionGuard.ENROL_PATH, this::enrol);
        routes.post("/console/logout", ctx -> {
            audit.record(Web.actor(ctx), "sign-out", "");
            sessions.signOut(ctx.cookie(Web.SESSION_COOKIE));
            Web.setCookie(ctx, Web.SESSION_COOKIE, "", 0, secure(ctx));
            ctx.redirect("/console/login", HttpStatus.SEE_OTHER);
        });
    }

    private void loginForm(Context ctx, int status, String error) {
        String token = SignInForms.loginToken(ctx, "/console", Web.LOGIN_COOKIE, secure(ctx));
        ctx.status(status);
        Web.render(ctx, "login.jte", new LoginPage(chrome(ctx, "title.sign-in"), token, error));
    }

    private void login(Context ctx) {
        String username = ctx.formParam("username");
        switch (signIn.signIn(username, ctx.formParam("password"), settings.clientAddress().apply(ctx))) {
            case SignInAdmin.Outcome.Opened opened -> {
                Web.setCookie(ctx, Web.LOGIN_COOKIE, "", 0, secure(ctx));
                Web.setCookie(ctx, Web.SESSION_COOKIE, opened.sessionId(), (int) SignInAdmin.SESSION_LIFETIME.toSeconds(), secure(ctx));
                boolean needsCode = opened.session().stage() == ConsoleSession.Stage.NEEDS_CODE;
                ctx.redirect(needsCode ? SessionGuard.CODE_PATH : SessionGuard.ENROL_PATH, HttpStatus.SEE_OTHER);
            }
            case SignInAdmin.Outcome.BadCredentials bad -> loginForm(ctx, 401, LanguageChoice.of(ctx).get("signin.error.bad"));
            case SignInAdmin.Outcome.Throttled throttled -> {
                ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                loginForm(ctx, 429, LanguageChoice.of(ctx).format("signin.error.throttled", throttled.retryAfter().toMinutes() + 1));
            }
        }
    }

    private void code(Context ctx) {
        var signed = Web.signed(ctx);
        SecondFactor.Outcome outcome = secondFactor.verify(signed.session(), ctx.formParam("code"), settings.clientAddress().apply(ctx));
        if (outcome instanceof SecondFactor.Outcome.Passed) {
            renewSession(ctx);
            audit.record(Web.actor(ctx), "sign-in", "from " + settings.clientAddress().apply(ctx));
            ctx.redirect("/console?done=signed-in", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(statusOf(outcome));
        Web.render(ctx, "code.jte", new CodePage(chrome(ctx, "title.code"), csrf(ctx), messageOf(LanguageChoice.of(ctx), outcome)));
    }

    private void enrolForm(Context ctx, int status, String error) {
        SecondFactor.Enrolment enrolment = secondFactor.beginEnrolment(Web.signed(ctx).admin());
        ctx.status(status);
        Web.render(ctx, "enrol.jte", new EnrolPage(chrome(ctx, "title.enrol"), csrf(ctx),
                QrCode.svgDataUri(enrolment.otpauthUri()), enrolment.base32Secret(), error));
    }

    private void enrol(Context ctx) {
        SecondFactor.Outcome outcome = secondFactor.confirmEnrolment(Web.signed(ctx).session(), ctx.formParam("code"));
        if (outcome instanceof SecondFactor.Outcome.Passed passed) {
            renewSession(ctx);
            audit.record(Web.actor(ctx), "enrol-second-factor", "authenticator app and 10 recovery codes");
            Web.render(ctx, "recovery.jte", new RecoveryPage(chrome(ctx, "title.recovery"), passed.recoveryCodes()));
            return;
        }
        // The pending secret is replaced: a wrong code means the user starts again with a fresh QR code.
        enrolForm(ctx, statusOf(outcome), messageOf(LanguageChoice.of(ctx), outcome));
    }

    private static int statusOf(SecondFactor.Outcome outcome) {
        return switch (outcome) {
            case SecondFactor.Outcome.Passed passed -> 200;
            case SecondFactor.Outcome.WrongCode wrong -> 401;
            case SecondFactor.Outcome.Replayed replayed -> 401;
            case SecondFactor.Outcome.Throttled throttled -> 429;
            case SecondFactor.Outcome.WrongStage stage -> 409;
        };
    }

    private static String messageOf(Texts t, SecondFactor.Outcome outcome) {
        return switch (outcome) {
            case SecondFactor.Outcome.Passed passed -> "";
            case SecondFactor.Outcome.WrongCode wrong -> t.get("signin.error.wrong-code");
            case SecondFactor.Outcome.Replayed replayed -> t.get("signin.error.replayed");
            case SecondFactor.Outcome.Throttled throttled -> t.get("signin.error.code-throttled");
            case SecondFactor.Outcome.WrongStage stage -> t.get("signin.error.wrong-stage");
        };
    }

    /** A completed sign-in gets a new session id: one planted before it never becomes a signed-in session. */
    private void renewSession(Context ctx) {
        sessions.renew(ctx.cookie(Web.SESSION_COOKIE)).ifPresent(renewed ->
                Web.setCookie(ctx, Web.SESSION_COOKIE, renewed, (int) SignInAdmin.SESSION_LIFETIME.toSeconds(), secure(ctx)));
    }

    private boolean secure(Context ctx) {
        return Web.overHttps(ctx, settings.trustedProxies());
    }

    private static String csrf(Context ctx) {
        return ctx.attribute(Web.CSRF);
    }

    private static Chrome chrome(Context ctx, String titleKey) {
        Texts t = LanguageChoice.of(ctx);
        return Chrome.anonymous(t, t.get(titleKey), "");
    }
}
