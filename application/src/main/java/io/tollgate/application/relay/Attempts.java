package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.Pick;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.Deadline;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The failover loop of one request: each account at most once, until one answers, the attempts run out or the
 * request's deadline passes. Each attempt waits for its first byte no longer than its share of the time left. An
 * account whose credential the platform refuses is renewed once and tried again, when its credential can be renewed.
 */
final class Attempts {

    /** Which accounts a request may use, and why none is left. */
    interface Scope {
        /** The account to try next: {@code preferred} while it is usable, else the pool's usual choice. */
        Optional<Pick> choose(Set<AccountId> alreadyFailed, Optional<AccountId> preferred);

        RelayFailure whenNoneLeft();
    }

    /** Renews an account's credential after the platform refused it: the new credential, or empty. */
    interface Renewal {
        Renewal NONE = (account, refused) -> Optional.empty();

        Optional<String> renew(AccountId account, String refusedCredential);
    }

    private final AccountPool pool;
    private final Map<Platform, ChatProvider> providers;
    private final RelaySettings settings;
    private final Clock clock;
    private final Deadline deadline;
    private final CallMeter meter;
    private final Model model;
    private final ChatCall call;
    private final Scope scope;
    private final Renewal renewal;
    private Optional<Sticky> sticky = Optional.empty();
    private Consumer<ProviderAccount> served = account -> {};

    /** Where the account that served the call's prompt prefix is remembered, and the prefix's hash. */
    record Sticky(StickyRoutes routes, String prefixHash) {}

    /** Over the system pool, where no credential is renewed here. */
    Attempts(AccountPool pool, Map<Platform, ChatProvider> providers, RelaySettings settings, Clock clock, CallMeter meter,
             Model model, ChatCall call) {
        this(pool, providers, settings, clock, meter, model, call, PoolScope.systemPool(pool, model), Renewal.NONE);
    }

    /** The request's deadline starts now. */
    Attempts(AccountPool pool, Map<Platform, ChatProvider> providers, RelaySettings settings, Clock clock, CallMeter meter,
             Model model, ChatCall call, Scope scope, Renewal renewal) {
        this.pool = pool;
        this.providers = providers;
        this.settings = settings;
        this.clock = clock;
        this.deadline = Deadline.after(clock.instant(), settings.requestDeadline());
        this.meter = meter;
        this.model = model;
        this.call = call;
        this.scope = scope;
        this.renewal = renewal;
    }

    /** Prefers the account that served this prefix last, and remembers the one that serves this call. */
    Attempts sticky(Optional<Sticky> sticky) {
        this.sticky = sticky;
        return this;
    }

    /** Tells {@code served} which account answered, before the outcome is returned. */
    Attempts served(Consumer<ProviderAccount> served) {
        this.served = served;
        return this;
    }

    RelayOutcome run() {
        Set<AccountId> failed = new HashSet<>();
        Optional<UpstreamFailure> last = Optional.empty();
        Optional<Pick> pick = Optional.empty();
        int maxAttempts = settings.maxAttempts();
        for (int attempt = 1; attempt <= maxAttempts && !deadline.passed(clock.instant()); attempt++) {
            pick = scope.choose(failed, sticky.flatMap(s -> s.routes().lastServed(s.prefixHash())));
            if (pick.isEmpty()) {
                break;
            }
            Duration firstByte = deadline.firstByteWait(settings.firstByteTimeout(), maxAttempts - attempt + 1, clock.instant());
            AttemptVerdict verdict = new AttemptVerdict(pool, pick.get(), deadline, clock);
            Tried tried = tryOnce(verdict, new AttemptLimits(firstByte, settings.streamIdleTimeout(), deadline.end()));
            if (tried instanceof Tried.Failed refused && refused.failure().failureClass() == FailureClass.AUTH) {
                Optional<String> renewed = renewal.renew(pick.get().account().id(), pick.get().credential());
                if (renewed.isPresent()) {
                    pick = Optional.of(pick.get().withCredential(renewed.get()));
                    verdict = new AttemptVerdict(pool, pick.get(), deadline, clock);
                    tried = tryOnce(verdict, new AttemptLimits(firstByte, settings.streamIdleTimeout(), deadline.end()));
                }
            }
            switch (tried) {
                case Tried.Delivered delivered -> {
                    AccountId served = pick.get().account().id();
                    sticky.ifPresent(s -> s.routes().served(s.prefixHash(), served));
                    this.served.accept(pick.get().account());
                    return delivered.outcome();
                }
                case Tried.Failed refused when refused.failure().failureClass() == FailureClass.CLIENT -> {
                    verdict.failed(refused.failure());
                    meter.noteFailure(refused.failure().message());
                    meter.noteAttempt(pick.get().account(), FailureClass.CLIENT);
                    meter.refund(Optional.of(pick.get().account()), Optional.of(FailureClass.CLIENT));
                    return new RelayFailure.RefusedByPlatform(refused.failure());
                }
                case Tried.Failed retry -> {
                    verdict.failed(retry.failure());
                    meter.noteFailure(retry.failure().message());
                    meter.noteAttempt(pick.get().account(), retry.failure().failureClass());
                    failed.add(pick.get().account().id());
                    last = Optional.of(retry.failure());
                }
            }
        }
        meter.refund(pick.map(Pick::account), last.map(UpstreamFailure::failureClass));
        if (deadline.passed(clock.instant())) {
            return new RelayFailure.DeadlineExceeded(settings.requestDeadline(), failed.size());
        }
        if (last.isEmpty()) {
            return scope.whenNoneLeft();
        }
        return new RelayFailure.UpstreamFailed(last.get(), failed.size());
    }

    /** One attempt: delivered (the outcome to return) or failed before anything reached the caller. */
    private sealed interface Tried {
        record Delivered(RelayOutcome outcome) implements Tried {}

        record Failed(UpstreamFailure failure) implements Tried {}
    }

    private Tried tryOnce(AttemptVerdict verdict, AttemptLimits limits) {
        try {
            return callOnce(verdict, limits);
        } catch (RuntimeException fault) {
            // A half-open breaker's only probe must not stay out for good.
            verdict.released();
            throw fault;
        }
    }

    private Tried callOnce(AttemptVerdict verdict, AttemptLimits limits) {
        Pick pick = verdict.pick();
        ChatProvider provider = providers.get(pick.account().platform());
        if (provider == null) {
            return new Tried.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "no adapter for " + pick.account().platform()));
        }
        String upstreamModel = model.upstreamName(pick.account().platform()).orElseThrow();
        UpstreamRequest request = new UpstreamRequest(pick.account(), pick.credential(), upstreamModel, call.body(), call.stream(),
                meter.outputBound(), limits, model.kind(), call.contentType(), call.dialect(), call.dialectHeaders());
        return switch (provider.call(request)) {
            case UpstreamResult.Failed failed -> new Tried.Failed(failed.failure());
            case UpstreamResult.Completed completed -> {
                // Decoded only for a tokenizer estimate: most replies carry their usage.
                Usage usage = completed.usage().orElseGet(
                        () -> meter.estimate(new String(completed.body(), java.nio.charset.StandardCharsets.UTF_8)));
                verdict.succeeded();
                meter.settle(Optional.of(pick.account()), usage, meter.units(usage, completed.units()), UsageRecord.Status.OK,
                        Optional.empty(), completed.text());
                yield new Tried.Delivered(new RelayOutcome.Answered(completed.body(), completed.contentType()));
            }
            case UpstreamResult.Streaming streaming -> {
                StreamEvent first = streaming.stream().next();
                if (first instanceof StreamEvent.Failed early) {
                    streaming.stream().cancel();
                    yield new Tried.Failed(early.failure());
                }
                yield new Tried.Delivered(new RelayOutcome.Streaming(
                        new StreamSession(streaming.stream(), first, verdict, settings.requestDeadline(), call.wantsUsage(), meter)));
            }
        };
    }
}
