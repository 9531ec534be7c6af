package io.tollgate.application.relay.usage.charts;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Usage summed per hour for the dashboards, relay calls of every kind and ShareAuth charges alike. */
public interface UsageCharts {

    /** Per hour, model and kind, from {@code fromHour} (the start of an hour) until {@code now}: everyone's, or one user's. */
    List<UsageSlice> hourly(Optional<UserId> user, Instant fromHour, Instant now);

    /** The users who spent the most points (then made the most calls) from {@code fromHour} until {@code now}. */
    List<Spender> topUsers(Instant fromHour, Instant now, int limit);

    /** Every system-pool account's tokens on {@code quotaDay} and the latency of its latest calls. */
    List<AccountLoad> systemAccounts(LocalDate quotaDay);
}
