package io.tollgate.adapter.persistence.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.Concurrently;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.BudgetedKey;
import io.tollgate.domain.relay.budget.KeyBudgets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Key caps on embedded PostgreSQL: holds and charges on one node or two never pass a cap; a new day starts again. */
class KeyBudgetsTest {

    private static final Instant T0 = Instant.parse("2025-03-05T08:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DatabaseConfig shared = TestDatabases.freshConfig();
    private final Database first = Database.start(shared);
    private final Database second = Database.start(shared);

    @AfterEach
    void closeDatabases() {
        first.close();
        second.close();
    }

    private UserId user() {
        UserId alice = first.users().add(new NewUser(new Username("alice"), "hash", T0)).orElseThrow().id();
        first.ledger().change(alice, Points.exactly("100"), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        return alice;
    }

    private ApiKeyId key(UserId user, KeyBudgets budgets) {
        ApiKey key = new ApiKey(new ApiKeyId(UUID.randomUUID()), user, "capped", "sk-tg-abcd…", List.of(), Optional.empty(), 0, 0, T0);
        first.apiKeys().add(key, UUID.randomUUID().toString());
        assertTrue(first.keyBudgets().setBudgets(key.id(), budgets));
        return key.id();
    }

    private static UsageRecord record(String id, UserId user, ApiKeyId key, String cost) {
        return new UsageRecord(id, Optional.of(key), Optional.of(user), Optional.empty(), "gpt-4o", new Usage(3, 4, false),
                Points.exactly(cost), 10, UsageRecord.Status.OK, Optional.empty(), T0, LocalDate.of(2025, 3, 5));
    }

    /** 40 calls, each holding 0.3 and costing 0.3, on a 1-point daily cap, spread over {@code nodes}. */
    private Points spendConcurrently(UserId alice, ApiKeyId key, List<Database> nodes, Instant at) {
        Optional<BudgetedKey> budgeted = Optional.of(new BudgetedKey(key, BudgetWindows.of(at, ZONE)));
        List<Points> charged = Concurrently.run(40, i -> {
            Database node = nodes.get(i % nodes.size());
            return switch (node.metering().reserve(alice, budgeted, Points.exactly("0.3"), at)) {
                case Reservation.Held held -> node.metering().settle(held.id(), record("r" + at + i, alice, key, "0.3"));
                case Reservation.OverBudget over -> Points.ZERO;
                case Reservation.Insufficient poor -> throw new AssertionError("100 points cover it");
                case Reservation.NoSuchUser none -> throw new AssertionError("alice exists");
            };
        });
        Points sum = charged.stream().reduce(Points.ZERO, Points::plus);
        System.out.println("key budget, " + nodes.size() + " node(s): " + charged.stream().filter(Points::isPositive).count()
                + " calls charged, sum " + sum + " on a 1-point daily cap");
        return sum;
    }

    /** Calls one after another, each holding 0.3 and costing 0.3, until the key refuses one: what they were charged. */
    private Points spendInTurn(UserId alice, ApiKeyId key, Instant at) {
        Optional<BudgetedKey> budgeted = Optional.of(new BudgetedKey(key, BudgetWindows.of(at, ZONE)));
        Points sum = Points.ZERO;
        for (int i = 0; first.metering().reserve(alice, budgeted, Points.exactly("0.3"), at) instanceof Reservation.Held held; i++) {
            sum = sum.plus(first.metering().settle(held.id(), record("t" + at + i, alice, key, "0.3")));
        }
        return sum;
    }

    /** The charges of concurrent calls on a 1-point cap: the cap, or less by one call the refusals left unspent. */
    private static void stopsAtTheCap(Points sum) {
        assertTrue(sum.compareTo(Points.exactly("1")) <= 0 && sum.compareTo(Points.exactly("0.9")) >= 0, "Σ " + sum);
    }

    @Test
    void concurrentCallsOnOneNodeStopAtTheCap() {
        UserId alice = user();
        ApiKeyId key = key(alice, new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("1"))));

        Points sum = spendConcurrently(alice, key, List.of(first), T0);

        stopsAtTheCap(sum);
        assertEquals(Points.exactly("100").minus(sum), first.users().byId(alice).orElseThrow().balance());
        Map<BudgetPeriod, Points> spent = first.keyBudgets().spent(List.of(key), BudgetWindows.of(T0, ZONE)).get(key);
        assertEquals(sum, spent.get(BudgetPeriod.DAY));
        assertEquals(sum, spent.get(BudgetPeriod.TOTAL), "every period counts once a key has a cap");
        assertEquals(Points.exactly("1").minus(sum), spendInTurn(alice, key, T0), "alone, the last call takes what is left");
        assertInstanceOf(Reservation.OverBudget.class, first.metering().reserve(alice,
                Optional.of(new BudgetedKey(key, BudgetWindows.of(T0, ZONE))), Points.exactly("0.01"), T0));
    }

    @Test
    void twoNodesOnOneDatabaseStopAtTheCapTogether() {
        UserId alice = user();
        ApiKeyId key = key(alice, new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("1"))));

        Points sum = spendConcurrently(alice, key, List.of(first, second), T0);

        stopsAtTheCap(sum);
        assertEquals(Points.exactly("100").minus(sum), first.users().byId(alice).orElseThrow().balance());
    }

    @Test
    void theNextDayStartsAgainWhileTheWeeklyCapStillCounts() {
        UserId alice = user();
        ApiKeyId key = key(alice, new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("1"),
                BudgetPeriod.WEEK, Points.exactly("1.5"))));
        assertEquals(Points.exactly("1"), spendInTurn(alice, key, T0), "0.3 three times, then the 0.1 left");

        Instant tomorrow = T0.plus(Duration.ofDays(1));
        assertEquals(Points.exactly("0.5"), spendInTurn(alice, key, tomorrow), "the week's 1.5 caps the new day");

        Reservation refused = first.metering().reserve(alice,
                Optional.of(new BudgetedKey(key, BudgetWindows.of(tomorrow, ZONE))), Points.exactly("0.01"), tomorrow);
        assertEquals(new Reservation.OverBudget(BudgetPeriod.WEEK, Points.exactly("1.5")), refused);
    }

    @Test
    void aHoldLeavesRoomForNothingElseUntilItSettles() {
        UserId alice = user();
        ApiKeyId key = key(alice, new KeyBudgets(Map.of(BudgetPeriod.TOTAL, Points.exactly("1"))));
        Optional<BudgetedKey> budgeted = Optional.of(new BudgetedKey(key, BudgetWindows.of(T0, ZONE)));

        Reservation.Held big = assertInstanceOf(Reservation.Held.class,
                first.metering().reserve(alice, budgeted, Points.exactly("5"), T0));
        assertInstanceOf(Reservation.OverBudget.class, second.metering().reserve(alice, budgeted, Points.exactly("0.1"), T0));

        assertEquals(Points.exactly("0.2"), first.metering().settle(big.id(), record("big", alice, key, "0.2")));
        assertInstanceOf(Reservation.Held.class, second.metering().reserve(alice, budgeted, Points.exactly("0.1"), T0));
    }

    @Test
    void aHoldIsCutShortOnlyWhenNoOtherCallIsInFlightAndThatCallIsChargedWhatTheCapLeft() {
        UserId alice = user();
        ApiKeyId key = key(alice, new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("1"))));
        Optional<BudgetedKey> budgeted = Optional.of(new BudgetedKey(key, BudgetWindows.of(T0, ZONE)));
        Reservation.Held whole = assertInstanceOf(Reservation.Held.class,
                first.metering().reserve(alice, budgeted, Points.exactly("0.7"), T0));

        assertInstanceOf(Reservation.OverBudget.class, second.metering().reserve(alice, budgeted, Points.exactly("0.7"), T0),
                "0.3 is left and another call is in flight: no hold is cut short");
        Reservation.Held fits = assertInstanceOf(Reservation.Held.class,
                second.metering().reserve(alice, budgeted, Points.exactly("0.1"), T0));
        assertEquals(Points.exactly("0.5"), first.metering().settle(whole.id(), record("whole", alice, key, "0.5")));
        assertEquals(Points.exactly("0.1"), second.metering().settle(fits.id(), record("fits", alice, key, "0.1")));

        Reservation.Held cut = assertInstanceOf(Reservation.Held.class,
                second.metering().reserve(alice, budgeted, Points.exactly("0.7"), T0), "alone, it holds the 0.4 left");
        assertEquals(Points.exactly("0.4"), second.metering().settle(cut.id(), record("cut", alice, key, "0.6")));
        assertEquals(Points.exactly("99"), first.users().byId(alice).orElseThrow().balance());
    }

    @Test
    void aKeyWithoutCapsIsNotCountedAndLiftingACapLetsCallsThrough() {
        UserId alice = user();
        ApiKeyId key = key(alice, KeyBudgets.NONE);
        Optional<BudgetedKey> budgeted = Optional.of(new BudgetedKey(key, BudgetWindows.of(T0, ZONE)));
        Reservation.Held held = assertInstanceOf(Reservation.Held.class,
                first.metering().reserve(alice, budgeted, Points.exactly("5"), T0));
        first.metering().settle(held.id(), record("free", alice, key, "5"));
        assertEquals(Points.ZERO, first.keyBudgets().spent(List.of(key), BudgetWindows.of(T0, ZONE)).get(key).get(BudgetPeriod.TOTAL));

        first.keyBudgets().setBudgets(key, new KeyBudgets(Map.of(BudgetPeriod.MONTH, Points.ZERO)));
        assertInstanceOf(Reservation.OverBudget.class, first.metering().reserve(alice, budgeted, Points.exactly("1"), T0));
        first.keyBudgets().setBudgets(key, first.keyBudgets().budgets(key).orElseThrow()
                .with(Map.of(BudgetPeriod.MONTH, Optional.empty())));
        assertEquals(KeyBudgets.NONE, first.keyBudgets().budgets(key).orElseThrow());
        assertInstanceOf(Reservation.Held.class, first.metering().reserve(alice, budgeted, Points.exactly("1"), T0));
    }

    @Test
    void aListOfKeysHasTheCapsOfItsCappedKeysAndEachKeysOwnSpendReadAtOnce() {
        UserId alice = user();
        ApiKeyId daily = key(alice, new KeyBudgets(Map.of(BudgetPeriod.DAY, Points.exactly("1"))));
        ApiKeyId free = key(alice, KeyBudgets.NONE);
        ApiKeyId total = key(alice, new KeyBudgets(Map.of(BudgetPeriod.TOTAL, Points.exactly("2"), BudgetPeriod.MONTH, Points.exactly("3"))));
        ApiKeyId missing = new ApiKeyId(UUID.randomUUID());
        assertEquals(Points.exactly("1"), spendInTurn(alice, daily, T0), "0.3 three times, then the 0.1 left");

        assertEquals(Map.of(daily, first.keyBudgets().budgets(daily).orElseThrow(), total, first.keyBudgets().budgets(total).orElseThrow()),
                first.keyBudgets().capped(List.of(daily, free, total, missing)));
        Map<ApiKeyId, Map<BudgetPeriod, Points>> spent = first.keyBudgets().spent(List.of(daily, total), BudgetWindows.of(T0, ZONE));
        assertEquals(Points.exactly("1"), spent.get(daily).get(BudgetPeriod.DAY));
        assertEquals(Points.exactly("1"), spent.get(daily).get(BudgetPeriod.TOTAL));
        assertEquals(Map.of(BudgetPeriod.DAY, Points.ZERO, BudgetPeriod.WEEK, Points.ZERO, BudgetPeriod.MONTH, Points.ZERO,
                BudgetPeriod.TOTAL, Points.ZERO), spent.get(total), "another key's calls are not this key's");
        assertEquals(Map.of(), first.keyBudgets().capped(List.of()));
    }
}
