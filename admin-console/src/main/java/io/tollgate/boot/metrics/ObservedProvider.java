package io.tollgate.boot.metrics;

import io.opentelemetry.api.trace.Span;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/** A platform adapter whose every call is counted by account and outcome, noted for the access log, and traced. */
final class ObservedProvider implements ChatProvider {

    /** The label of accounts users bound themselves: one value, so their number cannot grow the series. */
    static final String OWN_ACCOUNT = "own";

    private final ChatProvider provider;
    private final GatewayMeters meters;
    private final Tracing tracing;

    ObservedProvider(ChatProvider provider, GatewayMeters meters, Tracing tracing) {
        this.provider = provider;
        this.meters = meters;
        this.tracing = tracing;
    }

    @Override
    public Set<Platform> platforms() {
        return provider.platforms();
    }

    @Override
    public Set<Dialect> dialects() {
        return provider.dialects();
    }

    /** A count is no call: not metered as one. */
    @Override
    public OptionalLong countTokens(UpstreamRequest request) {
        return provider.countTokens(request);
    }

    @Override
    public UpstreamResult call(UpstreamRequest request) {
        ProviderAccount account = request.account();
        String label = account.inSystemPool() ? account.name() : OWN_ACCOUNT;
        Span span = tracing.attempt(account.platform().wireName(), label);
        String outcome = "error";
        try {
            UpstreamResult result = provider.call(request);
            outcome = switch (result) {
                case UpstreamResult.Completed completed -> "ok";
                case UpstreamResult.Streaming streaming -> "ok";
                case UpstreamResult.Failed failed -> failed.failure().failureClass().name().toLowerCase(Locale.ROOT);
            };
            return result;
        } finally {
            meters.upstreamCall(account.platform().wireName(), label, outcome);
            String attempt = label + ":" + outcome;
            CallTrace.current().ifPresent(trace -> trace.attempt(attempt));
            tracing.end(span, outcome);
        }
    }
}
