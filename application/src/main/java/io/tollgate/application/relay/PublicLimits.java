package io.tollgate.application.relay;

import io.tollgate.application.relay.RelayFailure.PublicLimitReached.Limit;
import io.tollgate.application.relay.usage.PublicUsage;
import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.PublicAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The daily limits of keyless calls to public models, counted per quota day in the shared database so they hold
 * across nodes: tokens are checked before a call and counted after it, requests counted before it.
 */
public final class PublicLimits {

    private final PublicUsage usage;
    private final QuotaDay quotaDay;
    private final Clock clock;

    public PublicLimits(PublicUsage usage, QuotaDay quotaDay, Clock clock) {
        this.usage = usage;
        this.quotaDay = quotaDay;
        this.clock = clock;
    }

    /** Counts the request; a failure when the model's pool or the IP's tokens or requests are used up today. */
    Optional<RelayFailure> admit(Model model, String clientIp) {
        PublicAccess access = model.publicAccess().orElseThrow();
        LocalDate day = quotaDay.dayOf(clock.instant());
        if (access.dailyTokens() > 0 && usage.modelTokens(model.name(), day) >= access.dailyTokens()) {
            return reached(model, Limit.PUBLIC_DAILY_TOKENS, access.dailyTokens());
        }
        if (access.ipDailyTokens() > 0 && usage.ipTokens(model.name(), clientIp, day) >= access.ipDailyTokens()) {
            return reached(model, Limit.IP_DAILY_TOKENS, access.ipDailyTokens());
        }
        // Counted even when there is no cap, so an admin who adds one later sees today's use.
        long cap = access.ipDailyRequests() > 0 ? access.ipDailyRequests() : Long.MAX_VALUE;
        if (!usage.tryRequest(model.name(), clientIp, day, cap)) {
            return reached(model, Limit.IP_DAILY_REQUESTS, access.ipDailyRequests());
        }
        return Optional.empty();
    }

    void countTokens(Model model, String clientIp, long tokens) {
        if (tokens > 0) {
            usage.addTokens(model.name(), clientIp, quotaDay.dayOf(clock.instant()), tokens);
        }
    }

    private Optional<RelayFailure> reached(Model model, Limit limit, long cap) {
        return Optional.of(new RelayFailure.PublicLimitReached(model.name(), limit, cap, quotaDay.nextReset(clock.instant())));
    }
}
