package io.tollgate.application.relay.usage;

import io.tollgate.domain.account.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Read-only summaries of metered usage for the console: the dashboard and the accounts' activity. */
public interface UsageReports {

    /**
     * What happened from {@code fromHour} (the start of an hour) until {@code now}: relayed calls, ShareAuth charges,
     * per hour, top users and models.
     */
    UsageDigest since(Instant fromHour, Instant now);

    /** Per account: tokens counted on {@code quotaDay} and the last call it served. */
    Map<AccountId, AccountActivity> accountActivity(LocalDate quotaDay);
}
