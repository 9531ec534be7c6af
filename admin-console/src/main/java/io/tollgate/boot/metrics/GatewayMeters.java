package io.tollgate.boot.metrics;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tollgate.application.support.Telemetry;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/** Tollgate's meters in one Prometheus registry: what the adapters tell through {@link Telemetry}, and what boot sees itself. */
final class GatewayMeters implements Telemetry, AutoCloseable {

    private static final Duration[] REQUEST_BUCKETS = seconds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300);
    private static final Duration[] LAG_BUCKETS = seconds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5);

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    // Registering looks a meter up by its sorted tags, which costs more than recording: each is registered once.
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();
    private final Timer lag;
    private final DistributionSummary batchSize;

    GatewayMeters() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        batchSize = DistributionSummary.builder("tollgate.settlement.batch.size").description("Settlements committed in one transaction")
                .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200).register(registry);
        lag = Timer.builder("tollgate.settlement.lag").description("Time from a settlement queued to its commit")
                .serviceLevelObjectives(LAG_BUCKETS).register(registry);
    }

    private static Duration[] seconds(double... values) {
        Duration[] buckets = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            buckets[i] = Duration.ofNanos((long) (values[i] * 1e9));
        }
        return buckets;
    }

    /** Tracks the connection pool: {@code hikaricp_*}. */
    MetricsTrackerFactory poolMetrics() {
        return new MicrometerMetricsTrackerFactory(registry);
    }

    void request(String door, String endpoint, String model, String kind, int status, long durationNanos, long firstByteNanos) {
        counters.computeIfAbsent(List.of("requests", door, endpoint, model, kind, String.valueOf(status)), id -> Counter
                .builder("tollgate.requests").description("HTTP calls by door, endpoint, model, reply kind and status")
                .tags("door", door, "endpoint", endpoint, "model", model, "kind", kind, "status", id.get(5)).register(registry))
                .increment();
        timer("tollgate.request.duration", "Time from request to the end of the reply", door, endpoint).record(Duration.ofNanos(durationNanos));
        timer("tollgate.time.to.first.byte", "Time from request to the first byte of the reply", door, endpoint)
                .record(Duration.ofNanos(firstByteNanos));
    }

    private Timer timer(String name, String description, String door, String endpoint) {
        return timers.computeIfAbsent(List.of(name, door, endpoint), id -> Timer.builder(name).description(description)
                .tag("door", door).tag("endpoint", endpoint).serviceLevelObjectives(REQUEST_BUCKETS).register(registry));
    }

    void upstreamCall(String platform, String account, String outcome) {
        counters.computeIfAbsent(List.of("upstream", platform, account, outcome), id -> Counter.builder("tollgate.upstream.calls")
                .description("Calls to model platforms by account and outcome")
                .tags("platform", platform, "account", account, "outcome", outcome).register(registry)).increment();
    }

    @Override
    public void hold(String outcome) {
        counters.computeIfAbsent(List.of("holds", outcome), id -> Counter.builder("tollgate.holds")
                .description("Balance holds by how they were decided or ended").tag("outcome", outcome).register(registry)).increment();
    }

    @Override
    public void openHolds(IntSupplier count) {
        Gauge.builder("tollgate.holds.open", count, IntSupplier::getAsInt).description("Holds this node took and has not settled")
                .register(registry);
    }

    @Override
    public void settlementBatch(int size) {
        batchSize.record(size);
    }

    @Override
    public void settled(UsageRecord record, Duration lag) {
        this.lag.record(lag);
        CallTrace.current().ifPresent(trace -> trace.caller(record.key().map(key -> "key:" + key.value())
                .or(() -> record.user().map(user -> "user:" + user.value())).orElse("public")));
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
