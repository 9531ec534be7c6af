package io.tollgate.adapter.persistence;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.AccountActivity;
import io.tollgate.domain.relay.UsageDigest;
import io.tollgate.domain.relay.UsageReports;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The console's summaries, read from {@code usage_records}, {@code consumptions} and {@code account_token_usage}. */
final class JdbiUsageReports implements UsageReports {

    private static final int LEADERS = 10;

    private final Jdbi jdbi;

    JdbiUsageReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public UsageDigest since(Instant since) {
        OffsetDateTime from = since.atOffset(ZoneOffset.UTC);
        return jdbi.inTransaction(h -> {
            Map<String, Object> totals = h.createQuery("""
                            SELECT count(*) AS requests, coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens,
                                   count(*) FILTER (WHERE status = 'failed') AS failed, coalesce(sum(cost), 0) AS cost
                            FROM usage_records WHERE at >= :from""")
                    .bind("from", from).mapToMap().one();
            java.math.BigDecimal shareAuth = h.createQuery(
                            "SELECT coalesce(sum(charge), 0) FROM consumptions WHERE created_at >= :from")
                    .bind("from", from).mapTo(java.math.BigDecimal.class).one();
            Points charged = Points.exactly((java.math.BigDecimal) totals.get("cost")).plus(Points.exactly(shareAuth));
            return new UsageDigest(((Number) totals.get("requests")).longValue(), ((Number) totals.get("tokens")).longValue(),
                    ((Number) totals.get("failed")).longValue(), charged, hours(h, from),
                    leaders(h, from, "coalesce(u.username, '(keyless)')", "LEFT JOIN users u ON u.id = r.user_id"),
                    leaders(h, from, "r.model", ""));
        });
    }

    private static List<UsageDigest.Hour> hours(Handle h, OffsetDateTime from) {
        return h.createQuery("""
                        SELECT date_trunc('hour', at) AS hour, count(*) AS requests, count(*) FILTER (WHERE status = 'failed') AS failed
                        FROM usage_records WHERE at >= :from GROUP BY 1 ORDER BY 1""")
                .bind("from", from)
                .map((rs, ctx) -> new UsageDigest.Hour(rs.getObject("hour", OffsetDateTime.class).toInstant(),
                        rs.getLong("requests"), rs.getLong("failed")))
                .list();
    }

    private static List<UsageDigest.Leader> leaders(Handle h, OffsetDateTime from, String name, String join) {
        return h.createQuery("SELECT " + name + " AS name, count(*) AS requests,"
                        + " sum(r.prompt_tokens + r.completion_tokens) AS tokens, sum(r.cost) AS cost"
                        + " FROM usage_records r " + join + " WHERE r.at >= :from GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + LEADERS)
                .bind("from", from)
                .map((rs, ctx) -> new UsageDigest.Leader(rs.getString("name"), rs.getLong("requests"), rs.getLong("tokens"),
                        Points.exactly(rs.getBigDecimal("cost"))))
                .list();
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
