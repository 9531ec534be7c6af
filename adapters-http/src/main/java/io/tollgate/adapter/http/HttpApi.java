package io.tollgate.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import io.tollgate.adapter.http.admin.AdminAccountRoutes;
import io.tollgate.adapter.http.admin.AdminAuth;
import io.tollgate.adapter.http.admin.AdminKeyRoutes;
import io.tollgate.adapter.http.admin.AdminModelRoutes;
import io.tollgate.adapter.http.admin.AdminShareAuthRoutes;
import io.tollgate.adapter.http.admin.AdminUserRoutes;
import io.tollgate.adapter.http.memfit.MemfitRoutes;
import io.tollgate.adapter.http.oauth.OAuthAccountRoutes;
import io.tollgate.adapter.http.oauth.OAuthCallbackRoute;
import io.tollgate.adapter.http.oauth.OAuthChatRoutes;
import io.tollgate.adapter.http.oauth.OAuthEmbeddingRoutes;
import io.tollgate.adapter.http.oauth.PlatformRoutes;
import io.tollgate.adapter.http.portal.NotificationRoutes;
import io.tollgate.adapter.http.portal.PortalRoutes;
import io.tollgate.adapter.http.relay.OpenAiPaths;
import io.tollgate.adapter.http.relay.RelayRoutes;
import io.tollgate.adapter.http.relay.anthropic.MessagesRoutes;
import io.tollgate.adapter.http.relay.responses.ResponsesRoutes;
import io.tollgate.adapter.http.shareauth.ShareAuthRoutes;
import io.tollgate.adapter.http.support.AcceptBacklog;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.Failures;
import io.tollgate.adapter.http.support.JettyErrors;
import io.tollgate.adapter.http.support.Json;
import io.tollgate.adapter.http.support.PortalAuth;
import io.tollgate.adapter.http.support.RequestIds;
import java.time.Clock;
import java.util.function.Consumer;

/** The HTTP adapter's entry point: builds the Javalin app serving every API, each route given only its use cases. */
public final class HttpApi {

    /** What each API calls, one record per API. */
    public record Apis(ShareAuthApi shareAuth, RelayApi relay, AdminApi admin, PortalApi portal, OAuthApi oauth,
                       MemfitApi memfit) {}

    private HttpApi() {}

    /** A configured, not yet started app. */
    public static Javalin create(Apis apis, HttpSettings settings, Clock clock) {
        return create(apis, settings, clock, routes -> {});
    }

    /** A configured, not yet started app that also serves the routes {@code moreRoutes} adds (the console's). */
    public static Javalin create(Apis apis, HttpSettings settings, Clock clock, Consumer<RoutesConfig> moreRoutes) {
        return create(apis, settings, clock, moreRoutes, new HttpDrain(settings.fastGptMode()));
    }

    /** As above, with every request counted by {@code drain}, which stops taking new ones at shutdown. */
    public static Javalin create(Apis apis, HttpSettings settings, Clock clock, Consumer<RoutesConfig> moreRoutes, HttpDrain drain) {
        AdminAuth adminAuth = new AdminAuth(settings.adminTokenSha256(), settings.trustedProxies(),
                apis.admin().tokenThrottle());
        PortalAuth portalAuth = new PortalAuth(apis.portal().identify());
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            JettyErrors jettyErrors = new JettyErrors(settings.fastGptMode());
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(jettyErrors);
                // Javalin puts its own handler inside this one.
                server.setHandler(drain);
                AcceptBacklog.on(server);
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            OpenAiPaths openAiPaths = new OpenAiPaths(config.router);
            config.events.handlerAdded(openAiPaths::added);
            config.routes.before(RequestIds::assign);
            config.routes.before("/admin/api/*", adminAuth::check);
            config.routes.before("/api/v1/*", portalAuth::check);
            // A request's route is the first registered that matches, each tried by a regular expression: the busiest
            // doors go first, so a relayed call is not matched against every admin route before its own.
            relay(config.routes, apis.relay(), apis.memfit(), settings, clock);
            shareAuth(config.routes, apis.shareAuth(), settings, clock);
            HealthRoutes.register(config.routes, settings.databaseUp());
            admin(config.routes, apis.admin(), apis.memfit());
            portal(config.routes, apis.portal(), settings);
            oauth(config.routes, apis.oauth(), settings, clock);
            moreRoutes.accept(config.routes);
            config.routes.exception(AdminRequest.Invalid.class, (e, ctx) -> ApiError.badRequest(ctx, e.getMessage()));
            Failures.register(config.routes, settings.fastGptMode(), openAiPaths::refuseUnrouted);
        });
    }

    private static void shareAuth(RoutesConfig routes, ShareAuthApi api, HttpSettings settings, Clock clock) {
        new ShareAuthRoutes(api.init(), api.start(), api.finish(), settings.maxBodyBytes(), settings.trustedProxies(),
                settings.fastGptMode(), clock).register(routes);
    }

    private static void admin(RoutesConfig routes, AdminApi api, MemfitApi memfit) {
        new AdminUserRoutes(api.listUsers(), api.billingHistory(), api.usageLog(), api.issueLegacyToken(), api.createUser(),
                api.changeUserStatus(), api.changeBalance()).register(routes);
        new AdminShareAuthRoutes(api.manageWorkflows(), api.sensitiveWords(), api.billingHistory(),
                api.replaceSensitiveWords()).register(routes);
        new AdminKeyRoutes(api.manageApiKeys(), api.issueApiKey(), api.keyBudgets()).register(routes);
        new AdminModelRoutes(api.manageModels()).register(routes);
        new AdminAccountRoutes(api.manageAccounts()).register(routes);
        new MemfitRoutes(memfit.secret(), memfit.gate()).register(routes);
    }

    private static void relay(RoutesConfig routes, RelayApi api, MemfitApi memfit, HttpSettings settings, Clock clock) {
        new RelayRoutes(memfit.gate(), api.chat(), api.models(), settings.maxBodyBytes(), settings.trustedProxies(), clock)
                .register(routes);
        new MessagesRoutes(memfit.gate(), api.chat(), api.countTokens(), settings.maxBodyBytes(), settings.trustedProxies(), clock)
                .register(routes);
        new ResponsesRoutes(memfit.gate(), api.chat(), api.storedResponses(), settings.maxBodyBytes(), settings.trustedProxies(), clock)
                .register(routes);
    }

    private static void portal(RoutesConfig routes, PortalApi api, HttpSettings settings) {
        new PortalRoutes(api.keys(), api.signIn(), api.preferences(), api.issueKey(), settings.trustedProxies(), api.keyBudgets()).register(routes);
        new NotificationRoutes(api.notifications()).register(routes);
    }

    private static void oauth(RoutesConfig routes, OAuthApi api, HttpSettings settings, Clock clock) {
        new PlatformRoutes(api.settings()).register(routes);
        new OAuthAccountRoutes(api.check(), api.bind(), api.settings(), api.accounts()).register(routes);
        new OAuthCallbackRoute(api.bind()).register(routes);
        new OAuthChatRoutes(api.chat(), settings.maxBodyBytes(), clock).register(routes);
        new OAuthEmbeddingRoutes(api.chat(), settings.maxBodyBytes(), clock).register(routes);
    }
}
