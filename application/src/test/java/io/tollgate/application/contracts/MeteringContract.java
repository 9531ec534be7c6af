package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Metering} does: holds within the balance, settlements that never overdraw and explain themselves. */
public abstract class MeteringContract {

    /** The metering under test, the ports it shares a store with, and what a user has held right now. */
    public record Ports(Users users, Ledger ledger, ProviderAccounts accounts, Metering metering,
                        Function<UserId, Points> held) {}

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    protected static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    protected Users users;
    protected Ledger ledger;
    protected ProviderAccounts accounts;
    protected Metering metering;
    protected Function<UserId, Points> held;

    /** New, empty ports that share one store. */
    protected abstract Ports newPorts();

    @BeforeEach
    void createPorts() {
        Ports ports = newPorts();
        users = ports.users();
        ledger = ports.ledger();
        accounts = ports.accounts();
        metering = ports.metering();
        held = ports.held();
    }

    protected UserId userWith(String name, String balance) {
        UserId user = users.add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
        ledger.change(user, Points.exactly(balance), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        return user;
    }

    protected Points balance(UserId user) {
        return users.byId(user).orElseThrow().balance();
    }

    protected ReservationId hold(UserId user, String estimate) {
        return assertInstanceOf(Reservation.Held.class, metering.reserve(user, Points.exactly(estimate), T0)).id();
    }

    protected static UsageRecord record(String requestId, UserId user, Optional<AccountId> account, String cost,
                                        long prompt, long completion, LocalDate day) {
        return new UsageRecord(requestId, Optional.of(new ApiKeyId(UUID.randomUUID())), user, account, "gpt-4o",
                new Usage(prompt, completion, false), Points.exactly(cost), 420, UsageRecord.Status.OK,
                Optional.empty(), T0.plusSeconds(5), day);
    }

    @Test
    void aHoldThenASettlementChargesTheCostAndReleasesTheRest() {
        UserId alice = userWith("alice", "10");
        ReservationId id = hold(alice, "3");
        assertEquals(Points.exactly("3"), held.apply(alice));

        Points charged = metering.settle(id, record("r1", alice, Optional.empty(), "1.25", 100, 50, DAY));

        assertEquals(Points.exactly("1.25"), charged);
        assertEquals(Points.exactly("8.75"), balance(alice));
        assertEquals(Points.ZERO, held.apply(alice));
    }

    @Test
    void holdsCountAgainstTheAvailableBalanceAndARefusalHoldsNothing() {
        UserId alice = userWith("alice", "10");
        hold(alice, "6");

        Reservation refused = metering.reserve(alice, Points.exactly("4.000001"), T0);

        assertEquals(new Reservation.Insufficient(Points.exactly("4")), refused);
        assertEquals(Points.exactly("6"), held.apply(alice));
        hold(alice, "4");
        assertEquals(new Reservation.Insufficient(Points.ZERO), metering.reserve(alice, Points.exactly("0.1"), T0));
    }

    @Test
    void aHoldCountsUntilItLapsesAndThenHoldsNothing() {
        UserId alice = userWith("alice", "10");
        hold(alice, "6");
        Instant lapse = T0.plus(Metering.HOLD_LIFETIME);

        assertEquals(new Reservation.Insufficient(Points.exactly("4")),
                metering.reserve(alice, Points.exactly("6"), lapse.minusSeconds(1)));
        assertInstanceOf(Reservation.Held.class, metering.reserve(alice, Points.exactly("6"), lapse));
    }

    @Test
    void lapsedHoldsAreForgottenAndTheirCallsStillSettleOnce() {
        UserId alice = userWith("alice", "10");
        ReservationId lapsing = hold(alice, "3");
        ReservationId later = assertInstanceOf(Reservation.Held.class,
                metering.reserve(alice, Points.exactly("2"), T0.plus(Metering.HOLD_LIFETIME))).id();

        assertEquals(1, metering.forgetLapsedHolds(T0.plus(Metering.HOLD_LIFETIME)));

        assertEquals(Points.exactly("2"), held.apply(alice));
        assertEquals(Points.exactly("1.5"), metering.settle(lapsing, record("r1", alice, Optional.empty(), "1.5", 1, 1, DAY)));
        assertThrows(IllegalStateException.class,
                () -> metering.settle(lapsing, record("r1", alice, Optional.empty(), "1.5", 1, 1, DAY)));
        metering.settle(later, record("r2", alice, Optional.empty(), "0.5", 1, 1, DAY));
        assertEquals(Points.exactly("8"), balance(alice));
        assertEquals(Points.ZERO, held.apply(alice));
        assertEquals(0, metering.forgetLapsedHolds(T0.plus(Metering.HOLD_LIFETIME.multipliedBy(2))));
    }

    @Test
    void holdsAdmitOnlyWhatTheBalanceCoversHoweverManyAskAtOnce() {
        UserId alice = userWith("alice", "10");

        List<Reservation> reservations = Concurrently.run(40, i -> metering.reserve(alice, Points.exactly("1"), T0));

        assertEquals(10, reservations.stream().filter(Reservation.Held.class::isInstance).count());
        assertEquals(Points.exactly("10"), held.apply(alice));
    }

    @Test
    void holdsOfSeveralUsersAskedAtOnceAreDecidedEachAgainstItsOwnBalance() {
        UserId alice = userWith("alice", "3");
        UserId bob = userWith("bob", "5");
        UserId nobody = new UserId(UUID.randomUUID());

        List<Reservation> reservations = Concurrently.run(60, i -> metering.reserve(switch (i % 3) {
            case 0 -> alice;
            case 1 -> bob;
            default -> nobody;
        }, Points.exactly("1"), T0));

        assertEquals(8, reservations.stream().filter(Reservation.Held.class::isInstance).count());
        assertEquals(20, reservations.stream().filter(Reservation.NoSuchUser.class::isInstance).count());
        assertEquals(Points.exactly("3"), held.apply(alice));
        assertEquals(Points.exactly("5"), held.apply(bob));
    }

    @Test
    void anUnknownUserHoldsNothing() {
        assertEquals(new Reservation.NoSuchUser(),
                metering.reserve(new UserId(UUID.randomUUID()), Points.exactly("1"), T0));
    }

    @Test
    void aCostAboveTheBalanceChargesTheWholeBalanceAndNoMore() {
        UserId alice = userWith("alice", "2");
        ReservationId id = hold(alice, "1");

        Points charged = metering.settle(id, record("r1", alice, Optional.empty(), "5.5", 1, 1, DAY));

        assertEquals(Points.exactly("2"), charged);
        assertEquals(Points.ZERO, balance(alice));
        assertEquals(Points.exactly("2"), metering.usage(alice, 0, 1).getFirst().cost());
    }

    @Test
    void eachChargeIsExplainedByAUsageEntryWithTheBalanceAfter() {
        UserId alice = userWith("alice", "10");

        metering.settle(hold(alice, "1"), record("r1", alice, Optional.empty(), "0.75", 10, 10, DAY));

        LedgerEntry entry = ledger.history(alice, 0, 10).getFirst();
        assertEquals(LedgerEntryKind.USAGE, entry.kind());
        assertEquals(Points.exactly("-0.75"), entry.amount());
        assertEquals(Points.exactly("9.25"), entry.balanceAfter());
        assertEquals("relay gpt-4o r1", entry.reason());
        assertEquals("relay", entry.actor());
        assertEquals(T0.plusSeconds(5), entry.at());
    }

    @Test
    void aFreeSettlementWritesItsRecordButNoLedgerEntry() {
        UserId alice = userWith("alice", "10");
        UsageRecord free = new UsageRecord("r1", Optional.empty(), alice, Optional.empty(), "gpt-4o", Usage.NONE,
                Points.ZERO, 12, UsageRecord.Status.FAILED, Optional.of(FailureClass.TRANSIENT), T0, DAY);

        assertEquals(Points.ZERO, metering.settle(hold(alice, "2"), free));

        assertEquals(List.of(free), metering.usage(alice, 0, 10));
        assertEquals(1, ledger.history(alice, 0, 10).size());
        assertEquals(Points.exactly("10"), balance(alice));
        assertEquals(Points.ZERO, held.apply(alice));
    }

    @Test
    void anUnbilledRecordChargesNobodyAndCountsTheAccountsTokens() {
        UserId alice = userWith("alice", "10");
        AccountId account = new AccountId(UUID.randomUUID());
        UsageRecord anonymous = new UsageRecord("r1", Optional.empty(), Optional.empty(), Optional.of(account), "m-free",
                new Usage(10, 5, false), Points.ZERO, 12, UsageRecord.Status.OK, Optional.empty(), T0, DAY);

        metering.recordUnbilled(anonymous);

        assertEquals(Map.of(account, 15L), accounts.tokensUsedOn(DAY));
        assertEquals(Points.exactly("10"), balance(alice));
        assertTrue(metering.usage(alice, 0, 10).isEmpty());
    }

    @Test
    void usageIsListedNewestFirstPerUserWithTheChargedCost() {
        UserId alice = userWith("alice", "10");
        UserId bob = userWith("bob", "10");
        UsageRecord first = record("r1", alice, Optional.empty(), "1", 1, 2, DAY);
        UsageRecord second = record("r2", alice, Optional.empty(), "2", 3, 4, DAY);
        metering.settle(hold(alice, "1"), first);
        metering.settle(hold(bob, "1"), record("r3", bob, Optional.empty(), "1", 1, 1, DAY));
        metering.settle(hold(alice, "1"), second);

        assertEquals(List.of(second, first), metering.usage(alice, 0, 10));
        assertEquals(List.of(first), metering.usage(alice, 1, 5));
    }

    @Test
    void eachRecordKeepsItsKindAndUnitsAndAChatRecordsUnitsAreItsTokens() {
        UserId alice = userWith("alice", "10");
        UsageRecord chat = record("r1", alice, Optional.empty(), "1", 3, 4, DAY);
        UsageRecord speech = new UsageRecord("r2", Optional.empty(), Optional.of(alice), Optional.empty(), "tts-1",
                Usage.NONE, Points.exactly("0.25"), 420, UsageRecord.Status.OK, Optional.empty(), T0.plusSeconds(6), DAY,
                ModelKind.SPEECH, 1234);
        metering.settle(hold(alice, "1"), chat);
        metering.settle(hold(alice, "1"), speech);

        List<UsageRecord> listed = metering.usage(alice, 0, 10);

        assertEquals(List.of(speech, chat), listed);
        assertEquals(ModelKind.CHAT, listed.get(1).kind());
        assertEquals(7, listed.get(1).units());
        assertEquals(1234, listed.get(0).units());
    }

    @Test
    void aRecordKeepsItsCacheReadsAndWritesApartFromItsPromptTokens() {
        UserId alice = userWith("alice", "10");
        UsageRecord cached = new UsageRecord("r1", Optional.empty(), alice, Optional.empty(), "claude", new Usage(1_000, 40, 800, 100, false),
                Points.exactly("0.001234"), 420, UsageRecord.Status.OK, Optional.empty(), T0.plusSeconds(5), DAY);
        metering.settle(hold(alice, "1"), cached);

        UsageRecord listed = metering.usage(alice, 0, 10).getFirst();

        assertEquals(cached, listed);
        assertEquals(800, listed.usage().cachedReadTokens());
        assertEquals(100, listed.usage().cacheWriteTokens());
        assertEquals(1_040, listed.units());
    }

    @Test
    void anAccountsTokensAreCountedPerQuotaDay() {
        UserId alice = userWith("alice", "10");
        AccountId account = new AccountId(UUID.randomUUID());
        metering.settle(hold(alice, "1"), record("r1", alice, Optional.of(account), "0", 100, 20, DAY));
        metering.settle(hold(alice, "1"), record("r2", alice, Optional.of(account), "0", 5, 5, DAY));
        metering.settle(hold(alice, "1"), record("r3", alice, Optional.of(account), "0", 7, 0, DAY.plusDays(1)));

        assertEquals(Map.of(account, 130L), accounts.tokensUsedOn(DAY));
        assertEquals(Map.of(account, 7L), accounts.tokensUsedOn(DAY.plusDays(1)));
        assertTrue(accounts.tokensUsedOn(DAY.minusDays(1)).isEmpty());
    }

    @Test
    void aReservationSettlesOnlyOnce() {
        UserId alice = userWith("alice", "10");
        ReservationId id = hold(alice, "1");
        metering.settle(id, record("r1", alice, Optional.empty(), "1", 1, 1, DAY));

        assertThrows(IllegalStateException.class,
                () -> metering.settle(id, record("r1", alice, Optional.empty(), "1", 1, 1, DAY)));
        assertEquals(Points.exactly("9"), balance(alice));
    }

    @Test
    void twoHundredSimultaneousCallsChargeExactlyWhatTheyReportAndNeverOverdraw() {
        UserId alice = userWith("alice", "50");
        Random random = new Random(20250301);
        List<Points> estimates = new java.util.ArrayList<>();
        List<Points> costs = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            estimates.add(new Points(1 + random.nextInt(1_000_000)));
            costs.add(new Points(random.nextInt(2_000_000)));
        }

        List<Points> charged = Concurrently.run(200, i -> {
            Reservation reservation = metering.reserve(alice, estimates.get(i), T0);
            if (!(reservation instanceof Reservation.Held held)) {
                return Points.ZERO;
            }
            return metering.settle(held.id(), record("r" + i, alice, Optional.empty(), costs.get(i).toString(),
                    i, i, DAY));
        });

        Points total = charged.stream().reduce(Points.ZERO, Points::plus);
        assertEquals(Points.exactly("50").minus(total), balance(alice));
        assertTrue(!balance(alice).isNegative());
        assertEquals(Points.ZERO, held.apply(alice));
        List<LedgerEntry> usage = ledger.history(alice, 0, 1000).stream()
                .filter(e -> e.kind() == LedgerEntryKind.USAGE).toList();
        assertEquals(total.negate(), usage.stream().map(LedgerEntry::amount).reduce(Points.ZERO, Points::plus));
        assertEquals(balance(alice), ledger.history(alice, 0, 1).getFirst().balanceAfter());
        assertTrue(usage.stream().noneMatch(e -> e.balanceAfter().isNegative()));
    }
}
