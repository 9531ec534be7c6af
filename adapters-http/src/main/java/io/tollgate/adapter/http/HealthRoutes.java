package io.tollgate.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.DatabaseAway;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Liveness (the process answers) apart from readiness (it can serve: the database answers). {@code /health} stays
 * as readiness for the monitors that use it. {@code databaseUp} must answer at once: it is asked on every probe.
 */
final class HealthRoutes {

    private HealthRoutes() {}

    static void register(RoutesConfig routes, BooleanSupplier databaseUp) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "ok")));
        routes.get("/health/ready", ctx -> ready(ctx, databaseUp));
        routes.get("/health", ctx -> ready(ctx, databaseUp));
    }

    private static void ready(Context ctx, BooleanSupplier databaseUp) {
        if (databaseUp.getAsBoolean()) {
            ctx.json(Map.of("status", "ok"));
        } else {
            ctx.header("Retry-After", "5").status(503).json(Map.of("status", "database unavailable", "code", DatabaseAway.CODE));
        }
    }
}
