package io.tollgate.boot.metrics;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.application.support.Telemetry;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.totp.MemfitModels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Metrics, traces and the access log for one running Tollgate: what boot wires in, and {@code GET /metrics}. */
public final class Observability implements AutoCloseable {

    private final OpsConfig config;
    private final GatewayMeters meters = new GatewayMeters();
    private final Tracing tracing;

    private Observability(OpsConfig config) {
        this.config = config;
        this.tracing = Tracing.to(config.otlpEndpoint());
    }

    /** Switches the log format if asked, and starts the meters (and the span exporter when an endpoint is set). */
    public static Observability start(OpsConfig config) {
        if (config.logFormat() != LogFormat.TEXT) {
            config.logFormat().apply();
        }
        return new Observability(config);
    }

    /** Where the store tells of holds and settlements. */
    public Telemetry telemetry() {
        return meters;
    }

    /** What the connection pool reports its use to. */
    public MetricsTrackerFactory poolMetrics() {
        return meters.poolMetrics();
    }

    /** The same platform adapters, each call counted, noted and traced. */
    public Map<Platform, ChatProvider> observe(Map<Platform, ChatProvider> providers) {
        Map<Platform, ChatProvider> observed = new EnumMap<>(Platform.class);
        providers.forEach((platform, provider) -> observed.put(platform, new ObservedProvider(provider, meters, tracing)));
        return Map.copyOf(observed);
    }

    /** Watches every call (meters, access log, span) and serves {@code GET /metrics}. */
    public void register(RoutesConfig routes, ModelCatalog catalog, MemfitModels memfit, Supplier<List<ProviderAccount>> accounts) {
        AccessLog log = new AccessLog(meters, tracing, catalog, memfit);
        AccountStates states = new AccountStates(meters, accounts);
        routes.before(log::before);
        routes.after(log::after);
        routes.get("/metrics", ctx -> {
            if (!authorized(ctx)) {
                ctx.status(401).header("WWW-Authenticate", "Bearer")
                        .json(Map.of("error", Map.of("message", "GET /metrics needs the bearer TOLLGATE_METRICS_TOKEN",
                                "type", "authentication_error", "code", "invalid_metrics_token")));
                return;
            }
            states.refresh();
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape());
        });
    }

    private boolean authorized(Context ctx) {
        if (config.metricsToken().isEmpty()) {
            return true;
        }
        String expected = "Bearer " + config.metricsToken().get();
        String given = String.valueOf(ctx.header("Authorization"));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        tracing.close();
        meters.close();
    }
}
