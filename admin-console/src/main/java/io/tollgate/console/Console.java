package io.tollgate.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The console's entry point: registers its pages on the app the HTTP adapter builds. */
public final class Console {

    private static final byte[] CSS = resource("/console/console.css");

    private Console() {}

    public static void register(RoutesConfig routes, ConsoleUseCases useCases, ConsoleSettings settings) {
        SessionGuard guard = new SessionGuard(useCases.access().sessions(), settings.trustedProxies());
        routes.before("/console", guard::check);
        routes.before("/console/*", guard::check);
        routes.get("/console/assets/console.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(CSS));
        new SignInRoutes(useCases.access(), settings).register(routes);
        new PasswordRoutes(useCases.access()).register(routes);
        new DashboardRoutes(useCases.admin(), useCases.access().audit(), settings.clock()).register(routes);
        new UserRoutes(useCases.admin(), useCases.access().audit()).register(routes);
        new AccountRoutes(useCases.admin(), useCases.access().audit()).register(routes);
        new AccountDetailRoutes(useCases.admin(), useCases.access().audit()).register(routes);
        new CatalogRoutes(useCases.admin(), useCases.access().audit()).register(routes);
        new BillingRoutes(useCases.admin()).register(routes);
        new ModerationRoutes(useCases.admin(), useCases.access().audit(), settings.clock()).register(routes);
        PortalRoutes.register(routes, useCases.portal(), settings);
    }

    /** Bad form input that a domain value refused becomes a 400 page, never a 500. */
    static Handler safe(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (IllegalArgumentException | ArithmeticException invalid) {
                Web.refuse(ctx, 400, "invalid_request", invalid.getMessage());
            }
        };
    }

    static String required(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return value.strip();
    }

    private static byte[] resource(String path) {
        try (InputStream in = Console.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException missing) {
            throw new UncheckedIOException(new IOException("missing " + path));
        }
    }
}
