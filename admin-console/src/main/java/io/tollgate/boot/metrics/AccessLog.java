package io.tollgate.boot.metrics;

import io.javalin.http.Context;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.tollgate.adapter.http.support.CallNotes;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.domain.totp.MemfitModels;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every HTTP call from start to end: one line on the {@code tollgate.access} logger, the request meters
 * and the call's span. The line names the path (never the query), the model, the upstream attempts and who called;
 * never a prompt, an answer, a credential or a token.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("tollgate.access");
    private static final String STARTED = "tollgate.access.started";
    private static final String SPAN = "tollgate.access.span";
    private static final String SCOPE = "tollgate.access.scope";

    private final GatewayMeters meters;
    private final Tracing tracing;
    private final ModelCatalog catalog;
    private final MemfitModels memfit;

    AccessLog(GatewayMeters meters, Tracing tracing, ModelCatalog catalog, MemfitModels memfit) {
        this.meters = meters;
        this.tracing = tracing;
        this.catalog = catalog;
        this.memfit = memfit;
    }

    void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        CallTrace.begin();
        Span span = tracing.request(ctx.method().name(), ctx.path());
        ctx.attribute(SPAN, span);
        ctx.attribute(SCOPE, span.makeCurrent());
    }

    void after(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        long now = System.nanoTime();
        long firstByte = CallNotes.firstByteNanos(ctx).orElse(now) - started;
        Optional<String> model = CallNotes.model(ctx);
        String door = Doors.of(ctx.path(), model, memfit);
        String endpoint = Endpoints.of(ctx.path());
        // Runs before the reply is written: it reads the catalog in memory only, never the database (which may be away).
        String modelLabel = model.map(name -> catalog.known(name) || memfit.covers(name) ? name : "other").orElse("none");
        String contentType = String.valueOf(ctx.res().getContentType());
        String kind = contentType.startsWith("text/event-stream") ? "stream" : "json";
        int status = ctx.statusCode();
        meters.request(door, endpoint, modelLabel, kind, status, now - started, firstByte);
        CallTrace trace = CallTrace.current().orElseGet(CallTrace::begin);
        CallTrace.end();
        LOG.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("path", ctx.path()).addKeyValue("status", status)
                .addKeyValue("door", door).addKeyValue("endpoint", endpoint).addKeyValue("model", modelLabel).addKeyValue("kind", kind)
                .addKeyValue("duration_ms", TimeUnit.NANOSECONDS.toMillis(now - started))
                .addKeyValue("ttfb_ms", TimeUnit.NANOSECONDS.toMillis(firstByte))
                .addKeyValue("attempts", String.join(",", trace.accounts())).addKeyValue("caller", trace.caller().orElse("-"))
                .log("{} {} {} door={} endpoint={} model={} kind={} ms={} ttfb_ms={} attempts=[{}] caller={}", ctx.method().name(),
                        ctx.path(), status, door, endpoint, modelLabel, kind, TimeUnit.NANOSECONDS.toMillis(now - started),
                        TimeUnit.NANOSECONDS.toMillis(firstByte), String.join(",", trace.accounts()), trace.caller().orElse("-"));
        Scope scope = ctx.attribute(SCOPE);
        Span span = ctx.attribute(SPAN);
        if (scope != null && span != null) {
            scope.close();
            span.setAttribute("http.response.status_code", status).setAttribute("tollgate.door", door)
                    .setAttribute("tollgate.endpoint", endpoint).setAttribute("tollgate.model", modelLabel);
            tracing.end(span, status < 500 ? "ok" : "status_" + status);
        }
    }
}
