package io.tollgate.application.relay;

import io.tollgate.application.relay.usage.RateWindows;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.relay.budget.BudgetWindows;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A key's requests and tokens per minute, counted in the shared database so the limits hold across nodes, and the
 * periods its spend caps count in (calendar day, ISO week and month in the quota zone).
 */
public final class KeyLimits {

    private final RateWindows windows;
    private final Clock clock;
    private final ZoneId budgetZone;

    /** With budget periods in the default quota zone. */
    public KeyLimits(RateWindows windows, Clock clock) {
        this(windows, clock, QuotaDay.SHANGHAI.zone());
    }

    public KeyLimits(RateWindows windows, Clock clock, ZoneId budgetZone) {
        this.windows = windows;
        this.clock = clock;
        this.budgetZone = budgetZone;
    }

    /** The budget periods a call admitted now counts in. */
    BudgetWindows budgetWindows() {
        return BudgetWindows.of(clock.instant(), budgetZone);
    }

    /** Counts the request; a failure when the key is over either limit this minute. Keys without limits cost nothing. */
    Optional<RelayFailure> admit(ApiKey key) {
        long minute = minute();
        if (key.tpm() > 0 && windows.tokens(key.id(), minute) >= key.tpm()) {
            return Optional.of(new RelayFailure.RateLimited("tokens per minute", key.tpm()));
        }
        if (key.rpm() > 0 && !windows.tryRequest(key.id(), minute, key.rpm())) {
            return Optional.of(new RelayFailure.RateLimited("requests per minute", key.rpm()));
        }
        return Optional.empty();
    }

    void countTokens(ApiKey key, long tokens) {
        if (key.tpm() > 0 && tokens > 0) {
            windows.addTokens(key.id(), minute(), tokens);
        }
    }

    private long minute() {
        return clock.instant().getEpochSecond() / 60;
    }
}
