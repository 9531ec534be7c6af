package io.tollgate.adapter.persistence.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.Concurrently;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsageRetentionTest {

    private static final LocalDate CUTOFF = LocalDate.of(2025, 6, 1);

    private final Database database = TestDatabases.fresh();
    private final Jdbi jdbi = TestDatabases.jdbi(database);

    @AfterEach
    void close() {
        database.close();
    }

    private UserId user(String name) {
        return database.users().add(new NewUser(new Username(name), "hash", Instant.parse("2025-01-01T00:00:00Z")))
                .orElseThrow().id();
    }

    private void record(UserId user, String model, LocalDate day, long prompt, long completion, String cost) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO usage_records (request_id, user_id, model, prompt_tokens, completion_tokens, estimated, cost,
                                           latency_ms, status, at, quota_day, cached_tokens, cache_write_tokens)
                VALUES ('r', :user, :model, :prompt, :completion, false, :cost, 5, 'ok', :day::timestamptz, :day,
                        :prompt / 2, :prompt / 5)""")
                .bind("user", user.value()).bind("model", model).bind("prompt", prompt).bind("completion", completion)
                .bind("cost", new BigDecimal(cost)).bind("day", day).execute());
    }

    private Map<String, Object> totals(String table, String dayColumn, String where) {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(sum(" + (table.equals("usage_daily") ? "requests" : "1")
                        + "), 0) AS requests, coalesce(sum(prompt_tokens), 0) AS prompt, coalesce(sum(completion_tokens), 0)"
                        + " AS completion, coalesce(sum(cost), 0) AS cost, coalesce(sum(cached_tokens), 0) AS cached,"
                        + " coalesce(sum(cache_write_tokens), 0) AS writes FROM " + table + " WHERE " + dayColumn + where)
                .mapToMap().one());
    }

    @Test
    void recordsBeforeTheCutoffBecomeDailyTotalsThatEqualTheirSumAndAreDeleted() {
        UserId alice = user("alice");
        UserId bob = user("bob");
        for (int i = 0; i < 30; i++) {
            LocalDate day = CUTOFF.minusDays(1 + i % 3);
            record(i % 2 == 0 ? alice : bob, i % 4 == 0 ? "gpt-4o" : "glm-4", day, 10 + i, 20 + i, "0.0" + (i % 9 + 1));
        }
        record(alice, "gpt-4o", CUTOFF, 7, 8, "0.5");
        Map<String, Object> before = totals("usage_records", "quota_day", " < '" + CUTOFF + "'");

        OptionalInt deleted = database.usageRetention().rollUpBefore(CUTOFF);

        assertEquals(OptionalInt.of(30), deleted);
        assertEquals(before.toString(), totals("usage_daily", "day", " < '" + CUTOFF + "'").toString());
        assertEquals(List.of(CUTOFF), jdbi.withHandle(h -> h.createQuery("SELECT quota_day FROM usage_records")
                .mapTo(LocalDate.class).list()), "only the record on the cutoff day stays");
        long groups = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM usage_daily").mapTo(Long.class).one());
        assertTrue(groups <= 3 * 2 * 2, "one row per day, user and model: " + groups);
        assertEquals(OptionalInt.of(0), database.usageRetention().rollUpBefore(CUTOFF), "nothing left to roll up");
    }

    @Test
    void whileAnotherNodeHoldsTheLockThisOneSkipsTheRound() {
        record(user("carol"), "gpt-4o", CUTOFF.minusDays(5), 1, 2, "0.1");
        try (Handle other = jdbi.open()) {
            other.begin();
            other.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", JdbiUsageRetention.LOCK).mapToMap().one();

            assertEquals(OptionalInt.empty(), database.usageRetention().rollUpBefore(CUTOFF));

            other.rollback();
        }
        assertEquals(OptionalInt.of(1), database.usageRetention().rollUpBefore(CUTOFF));
    }

    @Test
    void twoPrunersAtOnceCountEveryRecordExactlyOnce() {
        UserId dave = user("dave");
        for (int i = 0; i < 200; i++) {
            record(dave, "gpt-4o", CUTOFF.minusDays(1 + i % 5), 1, 1, "0.01");
        }
        ConcurrentLinkedQueue<OptionalInt> outcomes = new ConcurrentLinkedQueue<>();

        Concurrently.run(2, i -> outcomes.add(database.usageRetention().rollUpBefore(CUTOFF)));

        int deleted = outcomes.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sum();
        System.out.println("two pruners: " + outcomes);
        assertEquals(200, deleted, "the records were deleted once between the two: " + outcomes);
        assertEquals(200L, ((Number) totals("usage_daily", "day", " IS NOT NULL").get("requests")).longValue());
        assertTrue(outcomes.stream().filter(o -> o.isPresent() && o.getAsInt() > 0).count() == 1,
                "one pruner did the work: " + outcomes);
    }
}
