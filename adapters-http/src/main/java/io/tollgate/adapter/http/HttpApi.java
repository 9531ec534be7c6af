package io.tollgate.adapter.http;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.tollgate.application.billing.BillingHistory;
import io.tollgate.application.billing.ChangeBalance;
import io.tollgate.application.identity.ChangeUserStatus;
import io.tollgate.application.billing.CreateUser;
import io.tollgate.application.identity.IssueLegacyToken;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.moderation.ReplaceSensitiveWords;
import io.tollgate.application.moderation.SensitiveWordCatalog;
import io.tollgate.application.shareauth.FinishConversation;
import io.tollgate.application.shareauth.InitShareSession;
import io.tollgate.application.shareauth.ManageWorkflows;
import io.tollgate.application.shareauth.StartConversation;
import java.time.Clock;
import java.util.Map;

/** The HTTP adapter's entry point: builds the Javalin app serving ShareAuth, the admin API and health. */
public final class HttpApi {

    /** Every use case the routes call, built by the composition root. */
    public record UseCases(
            InitShareSession initShareSession,
            StartConversation startConversation,
            FinishConversation finishConversation,
            CreateUser createUser,
            ListUsers listUsers,
            ChangeUserStatus changeUserStatus,
            ChangeBalance changeBalance,
            BillingHistory billingHistory,
            IssueLegacyToken issueLegacyToken,
            ManageWorkflows manageWorkflows,
            SensitiveWordCatalog sensitiveWords,
            ReplaceSensitiveWords replaceSensitiveWords) {}

    private HttpApi() {}

    /** A configured, not yet started app. */
    public static Javalin create(UseCases useCases, HttpSettings settings, Clock clock) {
        AdminAuth adminAuth = new AdminAuth(settings.adminTokenSha256());
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.routes.before(RequestIds::assign);
            config.routes.before("/admin/api/*", adminAuth::check);
            config.routes.get("/health", ctx -> {
                boolean up = settings.databaseUp().getAsBoolean();
                ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "database unavailable"));
            });
            new ShareAuthRoutes(useCases, settings, clock).register(config.routes);
            new AdminUserRoutes(useCases).register(config.routes);
            new AdminShareAuthRoutes(useCases).register(config.routes);
            config.routes.exception(AdminRequest.Invalid.class, (e, ctx) -> ApiError.badRequest(ctx, e.getMessage()));
            Failures.register(config.routes, settings);
        });
    }
}
