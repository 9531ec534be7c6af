package io.tollgate.adapter.persistence.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.relay.usage.UsageDigest;
import io.tollgate.domain.money.Points;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's digest adds up exactly, keeps calls outside the window out, and still sees new calls after caching. */
class JdbiUsageReportsTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant fromHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
    private Database database;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void usage() {
        database = TestDatabases.fresh();
        alice = user("alice");
        bob = user("bob");
        call(alice, "m1", "ok", "0.5", now.minus(Duration.ofHours(3)));
        call(alice, "m1", "failed", "0", now.minus(Duration.ofHours(5)));
        call(alice, "m2", "ok", "0.25", now.minusSeconds(5));
        call(bob, "m2", "ok", "1", now.minus(Duration.ofHours(2)));
        call(bob, "m2", "ok", "0", now.minus(Duration.ofHours(6)));
        call(null, "m2", "ok", "0", now.minus(Duration.ofHours(4)));
        call(bob, "m1", "ok", "7", fromHour.minusSeconds(1));
        TestDatabases.jdbi(database).useHandle(h -> h.execute("""
                INSERT INTO consumptions (user_id, workflow_name, base_points, multiplier, charge, balance_after, created_at)
                VALUES (?, 'wf', 1, 2.5, 2.5, 0, ?)""", alice, now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDigestAddsUpTheWindowExactly() {
        UsageDigest digest = database.usageReports().since(fromHour, now);

        assertEquals(6, digest.requests());
        assertEquals(1, digest.failed());
        assertEquals(6 * 150, digest.tokens());
        assertEquals(Points.exactly("4.25"), digest.charged());
        assertEquals(List.of("alice", "bob", "(keyless)"), digest.topUsers().stream().map(UsageDigest.Leader::name).toList());
        assertEquals(3, digest.topUsers().get(0).requests());
        assertEquals(List.of("m2", "m1"), digest.topModels().stream().map(UsageDigest.Leader::name).toList());
        assertEquals(6, digest.hours().stream().mapToLong(UsageDigest.Hour::requests).sum());
        assertEquals(166, digest.errorPerMille());
    }

    @Test
    void aCallAfterTheClosedHoursWereSummedIsStillCounted() {
        database.usageReports().since(fromHour, now);
        call(bob, "m1", "ok", "1", now.minusSeconds(1));

        UsageDigest again = database.usageReports().since(fromHour, now);

        assertEquals(7, again.requests());
    }

    private UUID user(String name) {
        return TestDatabases.jdbi(database).withHandle(h -> h.createQuery(
                        "INSERT INTO users (username, password_hash, created_at) VALUES (:n, 'x', now()) RETURNING id")
                .bind("n", name).mapTo(UUID.class).one());
    }

    private void call(UUID user, String model, String status, String cost, Instant at) {
        TestDatabases.jdbi(database).useHandle(h -> h.createUpdate("""
                        INSERT INTO usage_records (request_id, user_id, model, prompt_tokens, completion_tokens, estimated, cost,
                                                   latency_ms, status, at, quota_day)
                        VALUES ('r', :user, :model, 100, 50, false, CAST(:cost AS numeric), 10, :status, :at, current_date)""")
                .bind("user", user).bind("model", model).bind("cost", cost).bind("status", status)
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }
}
