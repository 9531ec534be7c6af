package io.tollgate.adapter.persistence.retention;

import io.tollgate.application.relay.usage.UsageRetention;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

/**
 * Rolls old {@code usage_records} into {@code usage_daily} under a transaction-scoped advisory lock, so that of several
 * nodes sharing the database one does it and the others skip the round. At most {@link #BATCH} records a round: a
 * day may then be split over two rows of totals, which readers sum.
 */
public final class JdbiUsageRetention implements UsageRetention {

    /** The advisory lock's key, shared by every node: "usage" in ASCII. */
    public static final long LOCK = 0x7573616765L;
    static final int BATCH = 100_000;

    private static final String ROLL_UP = """
            WITH gone AS (
                DELETE FROM usage_records WHERE id IN (
                    SELECT id FROM usage_records WHERE quota_day < :day ORDER BY id LIMIT :batch)
                RETURNING quota_day, user_id, key_id, account_id, model, status, prompt_tokens, completion_tokens, cost,
                          cached_tokens, cache_write_tokens),
            rolled AS (
                INSERT INTO usage_daily (day, user_id, key_id, account_id, model, status, requests, prompt_tokens,
                                         completion_tokens, cost, cached_tokens, cache_write_tokens)
                SELECT quota_day, user_id, key_id, account_id, model, status, count(*), sum(prompt_tokens),
                       sum(completion_tokens), sum(cost), sum(cached_tokens), sum(cache_write_tokens)
                FROM gone GROUP BY quota_day, user_id, key_id, account_id, model, status
                RETURNING requests)
            SELECT coalesce(sum(requests), 0) FROM rolled""";

    private final Jdbi jdbi;

    public JdbiUsageRetention(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public OptionalInt rollUpBefore(LocalDate day) {
        return jdbi.inTransaction(handle -> {
            boolean mine = handle.createQuery("SELECT pg_try_advisory_xact_lock(:key)").bind("key", LOCK)
                    .mapTo(Boolean.class).one();
            if (!mine) {
                return OptionalInt.empty();
            }
            long deleted = handle.createQuery(ROLL_UP).bind("day", day).bind("batch", BATCH).mapTo(Long.class).one();
            return OptionalInt.of(Math.toIntExact(deleted));
        });
    }
}
