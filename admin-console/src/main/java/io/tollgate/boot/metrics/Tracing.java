package io.tollgate.boot.metrics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** One span per HTTP call and a child span per upstream attempt, sent over OTLP/HTTP when an endpoint is set; else nothing. */
final class Tracing implements AutoCloseable {

    private final Optional<SdkTracerProvider> sdk;
    private final Tracer tracer;

    private Tracing(Optional<SdkTracerProvider> sdk) {
        this.sdk = sdk;
        this.tracer = sdk.<TracerProvider>map(provider -> provider).orElse(TracerProvider.noop()).get("io.tollgate");
    }

    static Tracing to(Optional<URI> endpoint) {
        return new Tracing(endpoint.map(base -> SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "tollgate"))))
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(base + "/v1/traces").build())
                        .setScheduleDelay(Duration.ofSeconds(2)).build())
                .build()));
    }

    /** A server span for one HTTP call, made current on this thread until {@link #finish} closes it. */
    Span request(String method, String path) {
        return tracer.spanBuilder(method + " " + path).setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", method).setAttribute("url.path", path).startSpan();
    }

    /** A client span for one upstream attempt, a child of the current call's span. */
    Span attempt(String platform, String account) {
        return tracer.spanBuilder("upstream " + platform).setSpanKind(SpanKind.CLIENT)
                .setAttribute("tollgate.platform", platform).setAttribute("tollgate.account", account).startSpan();
    }

    void end(Span span, String outcome) {
        span.setAttribute("tollgate.outcome", outcome);
        if (!outcome.equals("ok")) {
            span.setStatus(StatusCode.ERROR, outcome);
        }
        span.end();
    }

    /** Sends the spans still buffered, then stops. */
    @Override
    public void close() {
        sdk.ifPresent(SdkTracerProvider::close);
    }
}
