package io.tollgate.adapter.persistence.relay;

import io.tollgate.application.relay.usage.AccountActivity;
import io.tollgate.application.relay.usage.UsageDigest;
import io.tollgate.application.relay.usage.UsageReports;
import io.tollgate.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/** The console's summaries, read from {@code usage_records}, {@code consumptions} and {@code account_token_usage}. */
final class JdbiUsageReports implements UsageReports {

    private static final int LEADERS = 10;
    /** How long after an hour ends its calls may still be written (a long stream is recorded when it ends). */
    private static final Duration LATE_WRITES = Duration.ofMinutes(15);
    /** Per hour and user, and per hour and model: a day is then some thousand rows, not one per user, model and hour. */
    private static final String BY_HOUR = """
            SELECT GROUPING(user_id) AS by_model, date_trunc('hour', at AT TIME ZONE 'UTC') AS hour, user_id, model,
                   count(*) AS requests, count(*) FILTER (WHERE status = 'failed') AS failed,
                   coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens, coalesce(sum(cost), 0) AS cost
            FROM usage_records WHERE at >= :from AND at < :to
            GROUP BY GROUPING SETS ((date_trunc('hour', at AT TIME ZONE 'UTC'), user_id), (date_trunc('hour', at AT TIME ZONE 'UTC'), model))""";

    private final Jdbi jdbi;
    /** Hours that can no longer change, summed once: a dashboard view then reads only the last hour or two. */
    private final Map<Instant, HourSlice> closedHours = new ConcurrentHashMap<>();

    JdbiUsageReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public UsageDigest since(Instant fromHour, Instant now) {
        Instant closedUntil = now.minus(LATE_WRITES).truncatedTo(ChronoUnit.HOURS);
        closedHours.keySet().removeIf(hour -> hour.isBefore(fromHour));
        Instant firstMissing = fromHour;
        while (firstMissing.isBefore(closedUntil) && closedHours.containsKey(firstMissing)) {
            firstMissing = firstMissing.plus(Duration.ofHours(1));
        }
        Map<Instant, HourSlice> read = read(firstMissing, now.plusSeconds(1));
        Map<Instant, HourSlice> hours = new TreeMap<>(closedHours);
        hours.keySet().removeIf(hour -> !hour.isBefore(closedUntil));
        read.forEach((hour, slice) -> {
            hours.put(hour, slice);
            if (hour.isBefore(closedUntil)) {
                closedHours.put(hour, slice);
            }
        });
        return DigestOf.hours(hours, this::usernames, LEADERS);
    }

    private Map<Instant, HourSlice> read(Instant from, Instant to) {
        Map<Instant, HourSlice> slices = new TreeMap<>();
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            slices.put(hour, new HourSlice());
        }
        jdbi.useTransaction(h -> {
            // A day of calls is grouped in memory rather than sorted through temporary files.
            h.execute("SET LOCAL work_mem = '32MB'");
            h.createQuery(BY_HOUR).bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                    .map((rs, ctx) -> {
                        HourSlice slice = slices.get(rs.getObject("hour", LocalDateTime.class).toInstant(ZoneOffset.UTC));
                        long requests = rs.getLong("requests");
                        long failed = rs.getLong("failed");
                        long tokens = rs.getLong("tokens");
                        BigDecimal cost = rs.getBigDecimal("cost");
                        if (rs.getInt("by_model") == 1) {
                            slice.models.computeIfAbsent(rs.getString("model"), m -> new HourSlice.Tally()).add(requests, failed, tokens, cost);
                        } else {
                            UUID user = Optional.ofNullable(rs.getObject("user_id", UUID.class)).orElse(HourSlice.KEYLESS);
                            slice.users.computeIfAbsent(user, u -> new HourSlice.Tally()).add(requests, failed, tokens, cost);
                        }
                        return slice;
                    }).list();
            h.createQuery("""
                            SELECT date_trunc('hour', created_at AT TIME ZONE 'UTC') AS hour, sum(charge) AS charged
                            FROM consumptions WHERE created_at >= :from AND created_at < :to GROUP BY 1""")
                    .bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                    .map((rs, ctx) -> slices.get(rs.getObject("hour", LocalDateTime.class).toInstant(ZoneOffset.UTC))
                            .shareAuth = rs.getBigDecimal("charged")).list();
        });
        return slices;
    }

    private Map<UUID, String> usernames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        names.put(HourSlice.KEYLESS, "(keyless)");
        if (!ids.isEmpty()) {
            jdbi.useHandle(h -> h.createQuery("SELECT id, username FROM users WHERE id = ANY(:ids)").bind("ids", ids.toArray(UUID[]::new))
                    .map((rs, ctx) -> names.put(rs.getObject("id", UUID.class), rs.getString("username"))).list());
        }
        return names;
    }

    @Override
    public Map<AccountId, AccountActivity> accountActivity(LocalDate quotaDay) {
        return jdbi.withHandle(h -> {
            Map<AccountId, AccountActivity> activity = new HashMap<>();
            // One index probe per account for its last call, instead of scanning the usage of every account.
            h.createQuery("""
                            SELECT a.id, coalesce(t.tokens, 0) AS tokens,
                                   (SELECT max(r.at) FROM usage_records r WHERE r.account_id = a.id) AS last_used
                            FROM provider_accounts a
                            LEFT JOIN account_token_usage t ON t.account_id = a.id AND t.quota_day = :day""")
                    .bind("day", quotaDay)
                    .map((rs, ctx) -> Map.entry(new AccountId(rs.getObject("id", UUID.class)), new AccountActivity(rs.getLong("tokens"),
                            Optional.ofNullable(rs.getObject("last_used", OffsetDateTime.class)).map(OffsetDateTime::toInstant))))
                    .forEach(e -> activity.put(e.getKey(), e.getValue()));
            return activity;
        });
    }
}
