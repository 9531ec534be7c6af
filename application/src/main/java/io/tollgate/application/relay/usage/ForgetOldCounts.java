package io.tollgate.application.relay.usage;

import io.tollgate.domain.account.QuotaDay;
import io.tollgate.domain.relay.Metering;
import java.time.Clock;

/**
 * Drops usage counters no limit reads any more, so their tables stay small: API-key minute windows older than an
 * hour, public-model day counts older than a week (kept that long for an admin who wants to look), and holds on
 * balances that lapsed because their call was never settled (its node died).
 */
public final class ForgetOldCounts {

    static final long KEEP_MINUTES = 60;
    static final int KEEP_DAYS = 7;

    /** How many counters went. */
    public record Forgotten(int minuteWindows, int publicDays, int lapsedHolds) {}

    private final RateWindows windows;
    private final PublicUsage publicUsage;
    private final Metering metering;
    private final QuotaDay quotaDay;
    private final Clock clock;

    public ForgetOldCounts(RateWindows windows, PublicUsage publicUsage, Metering metering, QuotaDay quotaDay, Clock clock) {
        this.windows = windows;
        this.publicUsage = publicUsage;
        this.metering = metering;
        this.quotaDay = quotaDay;
        this.clock = clock;
    }

    public Forgotten run() {
        long minute = clock.instant().getEpochSecond() / 60;
        return new Forgotten(windows.forgetBefore(minute - KEEP_MINUTES),
                publicUsage.forgetBefore(quotaDay.dayOf(clock.instant()).minusDays(KEEP_DAYS)), metering.forgetLapsedHolds(clock.instant()));
    }
}
