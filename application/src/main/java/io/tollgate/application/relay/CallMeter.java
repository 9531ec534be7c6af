package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** One call's reservation, settled exactly once: actual usage × price, or a tokenizer estimate when none came. */
final class CallMeter {

    private final Metering metering;
    private final AccountPool pool;
    private final KeyLimits limits;
    private final TokenCounter tokens;
    private final Clock clock;
    private final ReservationId reservation;
    private final String requestId;
    private final ApiKey key;
    private final User user;
    private final Model model;
    private final ChatCall call;
    private final Instant startedAt;
    private final AtomicBoolean settled = new AtomicBoolean();

    CallMeter(Metering metering, AccountPool pool, KeyLimits limits, TokenCounter tokens, Clock clock,
              ReservationId reservation, String requestId, ApiKey key, User user, Model model, ChatCall call) {
        this.metering = metering;
        this.pool = pool;
        this.limits = limits;
        this.tokens = tokens;
        this.clock = clock;
        this.reservation = reservation;
        this.requestId = requestId;
        this.key = key;
        this.user = user;
        this.model = model;
        this.call = call;
        this.startedAt = clock.instant();
    }

    /** Charges for the usage and releases the rest of the reservation; later calls do nothing. */
    Points settle(Optional<ProviderAccount> account, Usage usage, UsageRecord.Status status, Optional<FailureClass> failure) {
        if (!settled.compareAndSet(false, true)) {
            return Points.ZERO;
        }
        Instant now = clock.instant();
        Points cost = status == UsageRecord.Status.FAILED && usage.totalTokens() == 0 ? Points.ZERO
                : model.price().cost(usage, user.groupRatio());
        UsageRecord record = new UsageRecord(requestId, Optional.of(key.id()), user.id(), account.map(ProviderAccount::id),
                model.name(), usage, cost, Duration.between(startedAt, now).toMillis(), status, failure, now, pool.quotaDay());
        account.ifPresent(a -> pool.addTokens(a.id(), usage.totalTokens()));
        limits.countTokens(key, usage.totalTokens());
        return metering.settle(reservation, record);
    }

    /** Nothing was used: the whole reservation goes back. */
    void refund(Optional<ProviderAccount> account, Optional<FailureClass> failure) {
        settle(account, Usage.NONE, UsageRecord.Status.FAILED, failure);
    }

    /** What the caller received, counted by the tokenizer: for streams that ended without usage. */
    Usage estimate(CharSequence delivered) {
        long prompt = tokens.count(new String(call.body(), StandardCharsets.UTF_8));
        return new Usage(prompt, tokens.count(delivered.toString()), true);
    }
}
