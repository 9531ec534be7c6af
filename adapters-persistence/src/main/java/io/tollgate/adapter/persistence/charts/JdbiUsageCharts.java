package io.tollgate.adapter.persistence.charts;

import io.tollgate.application.relay.usage.charts.AccountLoad;
import io.tollgate.application.relay.usage.charts.Spender;
import io.tollgate.application.relay.usage.charts.UsageCharts;
import io.tollgate.application.relay.usage.charts.UsageSlice;
import io.tollgate.domain.account.QuotaUse;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The dashboards' usage: closed hours from the hourly rollups (summed on first use), open hours from the calls. */
public final class JdbiUsageCharts implements UsageCharts {

    /** How long after an hour ends its calls may still be written (a long stream is recorded when it ends). */
    static final Duration LATE_WRITES = Duration.ofMinutes(15);
    private static final int LATEST_CALLS = 200;

    private final Jdbi jdbi;
    /** Hours this node knows are summed: asking again costs no write. */
    private final Set<Instant> rolled = ConcurrentHashMap.newKeySet();
    private final TopSpenders spenders;

    public JdbiUsageCharts(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.spenders = new TopSpenders(jdbi);
    }

    @Override
    public List<UsageSlice> hourly(Optional<UserId> user, Instant fromHour, Instant now) {
        Instant closed = rollUp(fromHour, now);
        String sql = ChartsSql.HOURLY.replace("ROLLUP", user.isPresent() ? "usage_hourly_users" : "usage_hourly_models")
                .replace("USER_FILTER", user.isPresent() ? "AND user_id = :user" : "");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql).bind("from", utc(fromHour)).bind("closed", utc(closed));
            user.ifPresent(id -> query.bind("user", id.value()));
            return query.map((rs, ctx) -> new UsageSlice(rs.getObject("hour", OffsetDateTime.class).toInstant(), rs.getString("model"),
                    rs.getString("kind"), rs.getLong("requests"), rs.getLong("failed"), rs.getLong("tokens"),
                    Points.exactly(rs.getBigDecimal("cost")))).list();
        });
    }

    @Override
    public List<Spender> topUsers(Instant fromHour, Instant now, int limit) {
        return spenders.top(fromHour, rollUp(fromHour, now), limit);
    }

    @Override
    public List<AccountLoad> systemAccounts(LocalDate quotaDay) {
        return jdbi.withHandle(h -> h.createQuery(ChartsSql.ACCOUNTS).bind("day", quotaDay).bind("latest", LATEST_CALLS)
                .map((rs, ctx) -> new AccountLoad(rs.getString("name"), rs.getString("platform"),
                        new QuotaUse(rs.getLong("tokens"), rs.getLong("daily_token_quota")), rs.getLong("calls"),
                        rs.getLong("median"), rs.getLong("p95"))).list());
    }

    /** Sums every closed hour from {@code fromHour} not summed yet; the end of the closed hours (the first open one). */
    private Instant rollUp(Instant fromHour, Instant now) {
        Instant closed = now.minus(LATE_WRITES).truncatedTo(ChronoUnit.HOURS);
        if (!closed.isAfter(fromHour)) {
            return fromHour;
        }
        List<String> missing = new ArrayList<>();
        for (Instant hour = fromHour; hour.isBefore(closed); hour = hour.plus(Duration.ofHours(1))) {
            if (!rolled.contains(hour)) {
                missing.add(hour.toString());
            }
        }
        if (!missing.isEmpty()) {
            jdbi.useTransaction(h -> {
                // Another node summing the same hour holds its row until it commits; this one then skips it.
                List<Instant> claimed = h.createQuery(ChartsSql.CLAIM).bind("hours", missing.toArray(String[]::new))
                        .mapTo(OffsetDateTime.class).stream().map(OffsetDateTime::toInstant).sorted().toList();
                h.execute("SET LOCAL work_mem = '64MB'");
                for (Instant[] run : runs(claimed)) {
                    for (String sql : List.of(ChartsSql.ROLL_USERS, ChartsSql.ROLL_MODELS, ChartsSql.ROLL_SPENDERS)) {
                        h.createUpdate(sql).bind("from", utc(run[0])).bind("to", utc(run[1])).execute();
                    }
                }
            });
            missing.forEach(hour -> rolled.add(Instant.parse(hour)));
        }
        return closed;
    }

    /** Consecutive hours as [start, end) ranges, so each run is one range scan of the calls. */
    static List<Instant[]> runs(List<Instant> hours) {
        List<Instant[]> runs = new ArrayList<>();
        for (Instant hour : hours) {
            Instant end = hour.plus(Duration.ofHours(1));
            if (!runs.isEmpty() && runs.getLast()[1].equals(hour)) {
                runs.getLast()[1] = end;
            } else {
                runs.add(new Instant[] {hour, end});
            }
        }
        return runs;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
