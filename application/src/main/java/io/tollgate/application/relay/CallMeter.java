package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call's settlement, exactly once: actual usage × price (or a tokenizer estimate when none came) against the
 * reservation, or an unbilled record for a keyless call to a public model. Chat is priced on its input and output
 * tokens; the other kinds on their units ({@link #units}).
 */
final class CallMeter {

    private final Metering metering;
    private final AccountPool pool;
    private final TokenCounter tokens;
    private final Clock clock;
    private final Payer payer;
    private final String requestId;
    private final Model model;
    private final ChatCall call;
    private final Instant startedAt;
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile String lastFailure = "";
    private final List<AccountCall.Attempt> attempts = new CopyOnWriteArrayList<>();

    CallMeter(Metering metering, AccountPool pool, TokenCounter tokens, Clock clock, Payer payer, String requestId,
              Model model, ChatCall call) {
        this.metering = metering;
        this.pool = pool;
        this.tokens = tokens;
        this.clock = clock;
        this.payer = payer;
        this.requestId = requestId;
        this.model = model;
        this.call = call;
        this.startedAt = clock.instant();
    }

    /** Charges for the usage and releases the rest of the reservation; later calls do nothing. */
    Points settle(Optional<ProviderAccount> account, Usage usage, UsageRecord.Status status, Optional<FailureClass> failure) {
        return settle(account, usage, units(usage, OptionalLong.empty()), status, failure, "");
    }

    /**
     * The most output tokens the platform may produce: the model's maximum, which the hold counted on; none for a
     * user's own account, whose quota is theirs to spend.
     */
    OptionalLong outputBound() {
        return payer instanceof Payer.Owner || model.kind() != ModelKind.CHAT ? OptionalLong.empty()
                : OptionalLong.of(model.maxOutputTokens());
    }

    /**
     * What the call is billed on in its kind's unit: a chat's total tokens, an embedding's or rerank's input tokens,
     * and for speech and transcription what the provider measured, else what the request measured (its characters, its
     * WAV length or the bound from its size).
     */
    long units(Usage usage, OptionalLong measured) {
        return switch (model.kind()) {
            case CHAT -> usage.totalTokens();
            case EMBEDDING, RERANK -> usage.promptTokens();
            case SPEECH, TRANSCRIPTION -> measured.orElse(call.units().orElse(0));
        };
    }

    /** The last upstream failure's message, kept for the usage page of an own account. */
    void noteFailure(String message) {
        lastFailure = message;
    }

    /** An account this call tried that failed, for the request log. */
    void noteAttempt(ProviderAccount account, FailureClass failure) {
        attempts.add(new AccountCall.Attempt(account.id(), failure));
    }

    /** As {@link #settle}, with the answer's text (or what a stream delivered) for an own account's usage page. */
    Points settle(Optional<ProviderAccount> account, Usage usage, UsageRecord.Status status, Optional<FailureClass> failure,
                  CharSequence answer) {
        return settle(account, usage, units(usage, OptionalLong.empty()), status, failure, answer);
    }

    /** As {@link #settle}, billed on {@code units} of the model's kind. */
    Points settle(Optional<ProviderAccount> account, Usage usage, long units, UsageRecord.Status status,
                  Optional<FailureClass> failure, CharSequence answer) {
        if (!settled.compareAndSet(false, true)) {
            return Points.ZERO;
        }
        Instant now = clock.instant();
        long millis = Duration.between(startedAt, now).toMillis();
        account.ifPresent(a -> pool.addTokens(a.id(), usage.totalTokens()));
        return switch (payer) {
            case Payer.Billed billed -> {
                Points cost = status == UsageRecord.Status.FAILED && usage.totalTokens() == 0 && units == 0 ? Points.ZERO
                        : model.kind() == ModelKind.CHAT ? model.price().cost(usage, billed.user().groupRatio())
                        : model.price().cost(model.kind(), units, billed.user().groupRatio());
                billed.key().ifPresent(key -> billed.limits().countTokens(key, usage.totalTokens()));
                yield metering.settle(billed.reservation(), new UsageRecord(requestId, billed.key().map(ApiKey::id),
                        Optional.of(billed.user().id()), account.map(ProviderAccount::id), model.name(), usage, cost,
                        millis, status, failure, now, pool.quotaDay(), model.kind(), units, List.copyOf(attempts)));
            }
            case Payer.Anonymous anonymous -> {
                anonymous.limits().countTokens(model, anonymous.clientIp(), usage.totalTokens());
                metering.recordUnbilled(new UsageRecord(requestId, Optional.empty(), Optional.empty(),
                        account.map(ProviderAccount::id), model.name(), usage, Points.ZERO, millis, status, failure, now,
                        pool.quotaDay(), model.kind(), units, List.copyOf(attempts)));
                yield Points.ZERO;
            }
            case Payer.Owner owner -> {
                String error = status == UsageRecord.Status.OK ? "" : failure.map(f -> f.name() + ": ").orElse("") + lastFailure;
                account.ifPresent(a -> owner.calls().record(new AccountCall(requestId, Optional.of(owner.user().id()), a.id(), model.name(),
                        usage.promptTokens(), usage.completionTokens(), usage.estimated(), millis,
                        AccountCall.Outcome.valueOf(status.name()), failure, now, pool.quotaDay(),
                        new CallSummary(owner.requestSummary(), answer.toString(), error), model.kind().wireName(),
                        List.copyOf(attempts))));
                yield Points.ZERO;
            }
        };
    }

    /** Nothing was used: the whole reservation goes back. */
    void refund(Optional<ProviderAccount> account, Optional<FailureClass> failure) {
        settle(account, Usage.NONE, 0, UsageRecord.Status.FAILED, failure, "");
    }

    /**
     * What the caller received, counted by the tokenizer: for replies and streams that came without usage. Only chat
     * has output tokens: an embedding's vectors or a rerank's scores are not text the caller pays for.
     */
    Usage estimate(CharSequence delivered) {
        long prompt = tokens.count(new String(call.body(), StandardCharsets.UTF_8));
        return new Usage(prompt, model.kind() == ModelKind.CHAT ? tokens.count(delivered.toString()) : 0, true);
    }
}
