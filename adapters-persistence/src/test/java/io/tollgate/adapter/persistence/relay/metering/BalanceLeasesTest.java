package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.application.contracts.Concurrently;
import io.tollgate.application.support.Telemetry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.BudgetedKey;
import io.tollgate.domain.relay.budget.KeyBudgets;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Balance leases: a user far from the edge of their balance pays one round trip for many calls' holds, every charge
 * still exact and the lease's row always covering the calls in flight; near the edge or on a capped key each call
 * holds alone; a lease stops granting after its window and goes with its last call.
 */
class BalanceLeasesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private final DatabaseConfig config = TestDatabases.freshConfig();
    private final Database database = Database.start(config);
    private final Jdbi jdbi = TestDatabases.jdbi(database);
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final JdbiMetering metering = new JdbiMetering(jdbi, () -> SettlementRoundTripsTest.counted(
            DriverManager.getConnection(config.url(), config.user(), config.password()), roundTrips), Telemetry.NONE,
            SettlementDurability.FLUSH);

    @AfterEach
    void close() {
        metering.close();
        database.close();
    }

    @Test
    void tenCallsOfAUserFarFromTheEdgeCostOneHoldAndAreChargedExactly() {
        UserId alice = userWith("1000");
        List<ReservationId> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(held(metering.reserve(alice, Points.exactly("1"), T0)));
        }
        assertEquals(1, roundTrips.get(), "one lease for ten holds");
        assertEquals(List.of(new BigDecimal("64.000000")), rows(alice), "one row: 64 of the asking call's ceiling");

        for (int i = 0; i < 10; i++) {
            assertEquals(Points.exactly("0.5"), metering.settle(calls.get(i), record("r" + i, alice, "0.5", T0)));
        }
        assertEquals(Points.exactly("995"), database.users().byId(alice).orElseThrow().balance());
        assertEquals(List.of(new BigDecimal("59.000000")), rows(alice), "the row shrank by what its calls were charged");
        assertEquals(Points.exactly("995"), database.ledger().history(alice, 0, 1).getFirst().balanceAfter());
        metering.close();
        assertEquals(List.of(), rows(alice), "a node that stops gives its unused leases back");
    }

    @Test
    void nearTheEdgeEachCallHoldsAlone() {
        UserId alice = userWith("200");
        for (int i = 0; i < 3; i++) {
            held(metering.reserve(alice, Points.exactly("1"), T0));
        }
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), rows(alice).stream().map(BigDecimal::stripTrailingZeros).toList());
    }

    @Test
    void aCappedKeysCallsHoldAloneAndCountAgainstTheCap() {
        UserId alice = userWith("1000");
        ApiKey key = new ApiKey(new ApiKeyId(UUID.randomUUID()), alice, "capped", "sk-tg-abcd…", List.of(), Optional.empty(), 0, 0, T0);
        database.apiKeys().add(key, UUID.randomUUID().toString());
        assertTrue(database.keyBudgets().setBudgets(key.id(), new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("10")))));
        Optional<BudgetedKey> budgeted = Optional.of(new BudgetedKey(key.id(), BudgetWindows.of(T0, ZoneOffset.UTC)));
        for (int i = 0; i < 2; i++) {
            held(metering.reserve(alice, budgeted, Points.exactly("1"), T0));
        }
        assertEquals(2, rows(alice).size());
        assertEquals(2L, (long) jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM balance_holds WHERE key_id IS NOT NULL")
                .mapTo(Long.class).one()));
    }

    @Test
    void aLeaseStopsGrantingAfterItsWindowAndItsLastCallTakesItsRowAway() {
        UserId alice = userWith("1000");
        ReservationId first = held(metering.reserve(alice, Points.exactly("1"), T0));
        Instant later = T0.plus(BalanceLeases.WINDOW).plusMillis(1);
        ReservationId second = held(metering.reserve(alice, Points.exactly("2"), later));
        assertEquals(List.of(new BigDecimal("64.000000"), new BigDecimal("128.000000")), rows(alice), "a new lease; the old one is in use");

        metering.settle(first, record("r1", alice, "0.25", later));
        assertEquals(List.of(new BigDecimal("128.000000")), rows(alice), "the old lease went with its last call");
        metering.settle(second, record("r2", alice, "1", later));
        assertEquals(List.of(new BigDecimal("127.000000")), rows(alice));
        assertEquals(Points.exactly("998.75"), database.users().byId(alice).orElseThrow().balance());
    }

    @Test
    void aCallThatWasGivenANewLeaseReturnsOnlyOnceTheLeaseIsInstalledForTheCallsAfterIt() {
        // The window between a caller's wake-up and the lease's installation is short: many users give it many chances.
        Instant later = T0.plus(BalanceLeases.WINDOW).plusMillis(1);
        for (int i = 0; i < 40; i++) {
            UserId user = userWith("user" + i, "1000");
            held(metering.reserve(user, Points.exactly("1"), T0));
            held(metering.reserve(user, Points.exactly("2"), later));
            assertEquals(List.of(new BigDecimal("64.000000"), new BigDecimal("128.000000")), rows(user),
                    "user " + i + ": the call after the first one's window took a lease of its own");
        }
    }

    @Test
    void twoNodesLeasingOneBalanceChargeExactlyAndNeverOverdrawIt() {
        UserId alice = userWith("60");
        Random random = new Random(20261206);
        List<Points> estimates = new java.util.ArrayList<>();
        List<Points> costs = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            estimates.add(new Points(1 + random.nextInt(500_000)));
            // Many calls cost more than they held, so the balance runs out while leases are still granting.
            costs.add(new Points(random.nextInt(3 * (int) estimates.get(i).micros())));
        }
        // The first node leases 12.8 (its floor, 51.2, fits in 60); the second is then refused a lease of its own.
        ReservationId opening = held(metering.reserve(alice, Points.exactly("0.2"), T0));
        metering.settle(opening, record("opening", alice, "0", T0));
        java.util.concurrent.atomic.AtomicInteger leased = new java.util.concurrent.atomic.AtomicInteger();
        List<Points> charged;
        try (JdbiMetering second = new JdbiMetering(jdbi,
                () -> DriverManager.getConnection(config.url(), config.user(), config.password()), Telemetry.NONE, SettlementDurability.ASYNC)) {
            charged = Concurrently.run(200, i -> {
                JdbiMetering node = i % 2 == 0 ? metering : second;
                if (!(node.reserve(alice, estimates.get(i), T0) instanceof Reservation.Held held)) {
                    return Points.ZERO;
                }
                if (held.id().value() < 0) {
                    leased.incrementAndGet();
                }
                return node.settle(held.id(), record("r" + i, alice, costs.get(i).toString(), T0));
            });
        }
        metering.close();
        Points total = charged.stream().reduce(Points.ZERO, Points::plus);
        Points balance = database.users().byId(alice).orElseThrow().balance();
        assertEquals(Points.exactly("60").minus(total), balance);
        assertTrue(!balance.isNegative());
        assertEquals(balance, database.ledger().history(alice, 0, 1).getFirst().balanceAfter());
        assertEquals(List.of(), rows(alice), "every lease went with its last call or when its node stopped");
        assertTrue(leased.get() > 0, "some calls were granted from the lease");
    }

    @Test
    void callsALeaseGrantedAfterAnAdminTookTheBalanceAwayAreChargedOnlyWhatIsLeft() {
        UserId alice = userWith("1000");
        held(metering.reserve(alice, Points.exactly("1"), T0));
        database.ledger().change(alice, Points.exactly("-990"), LedgerEntryKind.ADJUSTMENT, "taken back", "admin", T0);
        List<Points> charged = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ReservationId call = held(metering.reserve(alice, Points.exactly("5"), T0));
            charged.add(metering.settle(call, record("r" + i, alice, "4", T0)));
        }
        assertEquals(List.of(Points.exactly("4"), Points.exactly("4"), Points.exactly("2")), charged);
        assertEquals(Points.ZERO, database.users().byId(alice).orElseThrow().balance());
    }

    private UserId userWith(String balance) {
        return userWith("alice", balance);
    }

    private UserId userWith(String name, String balance) {
        UserId user = database.users().add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
        database.ledger().change(user, Points.exactly(balance), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        return user;
    }

    private static ReservationId held(Reservation reservation) {
        return assertInstanceOf(Reservation.Held.class, reservation).id();
    }

    private List<BigDecimal> rows(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT amount FROM balance_holds WHERE user_id = :user ORDER BY amount")
                .bind("user", user.value()).mapTo(BigDecimal.class).list());
    }

    private static UsageRecord record(String id, UserId user, String cost, Instant at) {
        return new UsageRecord(id, Optional.empty(), user, Optional.empty(), "gpt-4o", new Usage(3, 4, false),
                Points.exactly(cost), 10, UsageRecord.Status.OK, Optional.empty(), at, LocalDate.of(2025, 3, 1));
    }
}
