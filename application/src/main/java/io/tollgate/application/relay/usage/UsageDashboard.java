package io.tollgate.application.relay.usage;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.QuotaDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** What the console's dashboard and accounts page show about usage: the last 24 hours and today's use per account. */
public final class UsageDashboard {

    public static final Duration WINDOW = Duration.ofHours(24);

    private final UsageReports reports;
    private final QuotaDay quotaDay;
    private final Clock clock;

    public UsageDashboard(UsageReports reports, QuotaDay quotaDay, Clock clock) {
        this.reports = reports;
        this.quotaDay = quotaDay;
        this.clock = clock;
    }

    /** The current hour and the 23 before it, so every bar of the chart is a whole hour. */
    public UsageDigest lastDay() {
        Instant now = clock.instant();
        return reports.since(now.truncatedTo(ChronoUnit.HOURS).minus(WINDOW).plus(Duration.ofHours(1)), now);
    }

    public Map<AccountId, AccountActivity> accountsToday() {
        return reports.accountActivity(quotaDay.dayOf(clock.instant()));
    }
}
