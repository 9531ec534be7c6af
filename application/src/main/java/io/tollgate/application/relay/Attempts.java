package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.Pick;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The failover loop of one request: each account at most once, until one answers or the attempts run out. */
final class Attempts {

    private final AccountPool pool;
    private final Map<Platform, ChatProvider> providers;
    private final int maxAttempts;
    private final CallMeter meter;
    private final Model model;
    private final ChatCall call;

    Attempts(AccountPool pool, Map<Platform, ChatProvider> providers, int maxAttempts, CallMeter meter, Model model, ChatCall call) {
        this.pool = pool;
        this.providers = providers;
        this.maxAttempts = maxAttempts;
        this.meter = meter;
        this.model = model;
        this.call = call;
    }

    RelayOutcome run() {
        Set<AccountId> failed = new HashSet<>();
        Optional<UpstreamFailure> last = Optional.empty();
        Optional<Pick> pick = Optional.empty();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            pick = pool.choose(model.name(), model.platforms(), failed);
            if (pick.isEmpty()) {
                break;
            }
            switch (tryOnce(pick.get())) {
                case Tried.Delivered delivered -> {
                    pool.recordSuccess(pick.get().account());
                    return delivered.outcome();
                }
                case Tried.Failed refused when refused.failure().failureClass() == FailureClass.CLIENT -> {
                    meter.refund(Optional.of(pick.get().account()), Optional.of(FailureClass.CLIENT));
                    return new RelayFailure.RefusedByPlatform(refused.failure());
                }
                case Tried.Failed retry -> {
                    pool.recordFailure(pick.get().account(), retry.failure().failureClass(), retry.failure().message(),
                            retry.failure().retryAfter());
                    failed.add(pick.get().account().id());
                    last = Optional.of(retry.failure());
                }
            }
        }
        meter.refund(pick.map(Pick::account), last.map(UpstreamFailure::failureClass));
        if (last.isEmpty()) {
            AccountPool.Unavailable why = pool.unavailable(model.name());
            return why.quotaExhausted() ? new RelayFailure.QuotaExhausted(model.name(), why.resetAt()) : new RelayFailure.NoAccount(model.name());
        }
        return new RelayFailure.UpstreamFailed(last.get(), failed.size());
    }

    /** One attempt: delivered (the outcome to return) or failed before anything reached the caller. */
    private sealed interface Tried {
        record Delivered(RelayOutcome outcome) implements Tried {}

        record Failed(UpstreamFailure failure) implements Tried {}
    }

    private Tried tryOnce(Pick pick) {
        ChatProvider provider = providers.get(pick.account().platform());
        if (provider == null) {
            return new Tried.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "no adapter for " + pick.account().platform()));
        }
        String upstreamModel = model.upstreamName(pick.account().platform()).orElseThrow();
        UpstreamRequest request = new UpstreamRequest(pick.account(), pick.credential(), upstreamModel, call.body(), call.stream());
        return switch (provider.call(request)) {
            case UpstreamResult.Failed failed -> new Tried.Failed(failed.failure());
            case UpstreamResult.Completed completed -> {
                Usage usage = completed.usage().orElseGet(
                        () -> meter.estimate(new String(completed.body(), java.nio.charset.StandardCharsets.UTF_8)));
                meter.settle(Optional.of(pick.account()), usage, UsageRecord.Status.OK, Optional.empty());
                yield new Tried.Delivered(new RelayOutcome.Answered(completed.body()));
            }
            case UpstreamResult.Streaming streaming -> {
                StreamEvent first = streaming.stream().next();
                if (first instanceof StreamEvent.Failed early) {
                    streaming.stream().cancel();
                    yield new Tried.Failed(early.failure());
                }
                yield new Tried.Delivered(new RelayOutcome.Streaming(
                        new StreamSession(streaming.stream(), first, pick.account(), call.wantsUsage(), meter)));
            }
        };
    }
}
