package io.tollgate.console.admin.signin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.identity.console.ChangeAdminPassword;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.LanguageChoice;

/** The signed-in admin changes their own password (the first one was generated and printed in the log). */
public final class PasswordRoutes implements PageGroup {

    private final ChangeAdminPassword changePassword;
    private final AuditTrail audit;

    public PasswordRoutes(ChangeAdminPassword changePassword, AuditTrail audit) {
        this.changePassword = changePassword;
        this.audit = audit;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/password", ctx -> form(ctx, 200, ""));
        routes.post("/console/password", ctx -> {
            var outcome = changePassword.change(Web.signed(ctx).admin(), ctx.formParam("current"), ctx.formParam("password"));
            switch (outcome) {
                case ChangeAdminPassword.Outcome.Changed changed -> {
                    audit.record(Web.actor(ctx), "change-password", "");
                    ctx.redirect("/console?done=password", HttpStatus.SEE_OTHER);
                }
                case ChangeAdminPassword.Outcome.WrongCurrentPassword wrong -> form(ctx, 403, LanguageChoice.of(ctx).get("signin.password.wrong"));
                case ChangeAdminPassword.Outcome.TooShort shortOne ->
                        form(ctx, 400, LanguageChoice.of(ctx).format("signin.password.short", shortOne.minimumLength()));
            }
        });
    }

    private static void form(Context ctx, int status, String error) {
        ctx.status(status);
        Web.render(ctx, "password.jte", new PasswordPage(Web.chrome(ctx, "title.password", "password"), error));
    }
}
