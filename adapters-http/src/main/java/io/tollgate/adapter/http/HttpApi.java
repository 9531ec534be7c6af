package io.tollgate.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/** The HTTP adapter's entry point: builds the Javalin app serving ShareAuth, the admin API and health. */
public final class HttpApi {

    private HttpApi() {}

    /** A configured, not yet started app. */
    public static Javalin create(UseCases useCases, HttpSettings settings, Clock clock) {
        return create(useCases, settings, clock, routes -> {});
    }

    /** A configured, not yet started app that also serves the routes {@code moreRoutes} adds (the console's). */
    public static Javalin create(UseCases useCases, HttpSettings settings, Clock clock, Consumer<RoutesConfig> moreRoutes) {
        AdminAuth adminAuth = new AdminAuth(settings.adminTokenSha256(), settings.trustedProxies(), clock);
        UserAuth userAuth = new UserAuth(useCases);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            JettyErrors jettyErrors = new JettyErrors(settings.fastGptMode());
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(jettyErrors);
                AcceptBacklog.on(server);
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            config.routes.before(RequestIds::assign);
            config.routes.before("/admin/api/*", adminAuth::check);
            config.routes.before("/api/v1/*", userAuth::check);
            config.routes.get("/health", ctx -> {
                boolean up = settings.databaseUp().getAsBoolean();
                ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "database unavailable"));
            });
            new ShareAuthRoutes(useCases, settings, clock).register(config.routes);
            new AdminUserRoutes(useCases).register(config.routes);
            new AdminShareAuthRoutes(useCases).register(config.routes);
            new RelayRoutes(useCases, settings, clock).register(config.routes);
            new AdminKeyRoutes(useCases).register(config.routes);
            new AdminModelRoutes(useCases).register(config.routes);
            new AdminAccountRoutes(useCases).register(config.routes);
            new MemfitRoutes(useCases).register(config.routes);
            new PlatformRoutes(useCases).register(config.routes);
            new UserRoutes(useCases, settings).register(config.routes);
            new OAuthAccountRoutes(useCases).register(config.routes);
            new OAuthCallbackRoute(useCases).register(config.routes);
            new OAuthChatRoutes(useCases, settings, clock).register(config.routes);
            new NotificationRoutes(useCases).register(config.routes);
            moreRoutes.accept(config.routes);
            config.routes.exception(AdminRequest.Invalid.class, (e, ctx) -> ApiError.badRequest(ctx, e.getMessage()));
            Failures.register(config.routes, settings);
        });
    }
}
