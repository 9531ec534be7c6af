package io.tollgate.adapter.persistence.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.relay.usage.charts.AccountLoad;
import io.tollgate.application.relay.usage.charts.Spender;
import io.tollgate.application.relay.usage.charts.UsageCharts;
import io.tollgate.application.relay.usage.charts.UsageSlice;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closed hours come from the rollups, summed once; open hours from the calls; ShareAuth charges count everywhere. */
class JdbiUsageChartsTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant fromHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
    private Database database;
    private UsageCharts charts;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void usage() {
        database = TestDatabases.fresh();
        charts = database.usageCharts();
        alice = user("alice");
        bob = user("bob");
        call(alice, "m1", "chat", "ok", "0.5", now.minus(Duration.ofHours(3)));
        call(alice, "m1", "chat", "failed", "0", now.minus(Duration.ofHours(5)));
        call(alice, "e1", "embedding", "ok", "0.25", now.minusSeconds(5));
        call(bob, "m1", "chat", "ok", "1", now.minus(Duration.ofHours(2)));
        call(null, "m1", "chat", "ok", "0", now.minus(Duration.ofHours(4)));
        call(bob, "m1", "chat", "ok", "7", fromHour.minusSeconds(1));
        charge(bob, "wf", "9", now.minus(Duration.ofHours(6)));
        charge(bob, "wf", "1", now.minusSeconds(3));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyKindOfChargeAddsUpOverTheWindow() {
        List<UsageSlice> slices = charts.hourly(Optional.empty(), fromHour, now);

        assertEquals(7, slices.stream().mapToLong(UsageSlice::requests).sum());
        assertEquals(1, slices.stream().mapToLong(UsageSlice::failed).sum());
        assertEquals(5 * 150, slices.stream().mapToLong(UsageSlice::tokens).sum());
        assertEquals(Points.exactly("11.75"), slices.stream().map(UsageSlice::points).reduce(Points.ZERO, Points::plus));
        assertEquals(Points.exactly("10"), slices.stream().filter(s -> s.kind().equals("shareauth")).map(UsageSlice::points)
                .reduce(Points.ZERO, Points::plus));
    }

    @Test
    void topUsersCountShareAuthCharges() {
        List<Spender> top = charts.topUsers(fromHour, now, 10);

        assertEquals(List.of("bob", "alice", ""), top.stream().map(Spender::name).toList());
        assertEquals(Points.exactly("11"), top.get(0).points());
        assertEquals(3, top.get(0).requests());
    }

    @Test
    void aUserSeesOnlyTheirOwnUsage() {
        List<UsageSlice> slices = charts.hourly(Optional.of(new UserId(alice)), fromHour, now);

        assertEquals(3, slices.stream().mapToLong(UsageSlice::requests).sum());
        assertEquals(Points.exactly("0.75"), slices.stream().map(UsageSlice::points).reduce(Points.ZERO, Points::plus));
    }

    @Test
    void closedHoursAreSummedOnceAndNewCallsStillCount() {
        charts.hourly(Optional.empty(), fromHour, now);
        long rollups = TestDatabases.jdbi(database).withHandle(h -> h.createQuery("SELECT count(*) FROM usage_hours_rolled")
                .mapTo(Long.class).one());
        call(bob, "m1", "chat", "ok", "1", now.minusSeconds(1));

        List<UsageSlice> again = charts.hourly(Optional.empty(), fromHour, now);
        List<UsageSlice> elsewhere = new JdbiUsageCharts(TestDatabases.jdbi(database)).hourly(Optional.empty(), fromHour, now);

        assertEquals(8, again.stream().mapToLong(UsageSlice::requests).sum());
        assertEquals(8, elsewhere.stream().mapToLong(UsageSlice::requests).sum(), "a second node reads the same rollups");
        assertEquals(rollups, (long) TestDatabases.jdbi(database).withHandle(h -> h.createQuery(
                "SELECT count(*) FROM usage_hours_rolled").mapTo(Long.class).one()));
    }

    @Test
    void systemAccountsShowTodaysTokensAndLatency() {
        UUID account = UUID.randomUUID();
        TestDatabases.jdbi(database).useHandle(h -> {
            h.execute("""
                    INSERT INTO provider_accounts (id, platform, name, base_url, models, daily_token_quota, weight, status,
                        status_reason, consecutive_failures, consecutive_auth_failures, options, credential_key_id, credential)
                    VALUES (?, 'mock', 'pool-1', 'http://127.0.0.1', '{m1}', 1000, 1, 'enabled', '', 0, 0, '{}', 'k', '\\x00')""", account);
            h.execute("INSERT INTO account_token_usage (account_id, quota_day, tokens) VALUES (?, ?, 250)", account, LocalDate.now());
            for (int latency : new int[] {10, 20, 30, 40, 1000}) {
                h.execute("""
                        INSERT INTO usage_records (request_id, user_id, account_id, model, prompt_tokens, completion_tokens, estimated,
                                                   cost, latency_ms, status, at, quota_day)
                        VALUES ('r', ?, ?, 'm1', 1, 1, false, 0, ?, 'ok', now(), current_date)""", alice, account, latency);
            }
        });

        List<AccountLoad> loads = charts.systemAccounts(LocalDate.now());

        assertEquals(1, loads.size());
        assertEquals(250, loads.get(0).quota().used());
        assertEquals(5, loads.get(0).calls());
        assertEquals(30, loads.get(0).medianMs());
        assertEquals(1000, loads.get(0).p95Ms());
    }

    private UUID user(String name) {
        return TestDatabases.jdbi(database).withHandle(h -> h.createQuery(
                        "INSERT INTO users (username, password_hash, created_at) VALUES (:n, 'x', now()) RETURNING id")
                .bind("n", name).mapTo(UUID.class).one());
    }

    private void call(UUID user, String model, String kind, String status, String cost, Instant at) {
        TestDatabases.jdbi(database).useHandle(h -> h.createUpdate("""
                        INSERT INTO usage_records (request_id, user_id, model, kind, prompt_tokens, completion_tokens, estimated, cost,
                                                   latency_ms, status, at, quota_day)
                        VALUES ('r', :user, :model, :kind, 100, 50, false, CAST(:cost AS numeric), 10, :status, :at, current_date)""")
                .bind("user", user).bind("model", model).bind("kind", kind).bind("cost", cost).bind("status", status)
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }

    private void charge(UUID user, String workflow, String points, Instant at) {
        TestDatabases.jdbi(database).useHandle(h -> h.execute("""
                INSERT INTO consumptions (user_id, workflow_name, base_points, multiplier, charge, balance_after, created_at)
                VALUES (?, ?, 1, 1, CAST(? AS numeric), 0, ?)""", user, workflow, points, at.atOffset(ZoneOffset.UTC)));
    }
}
