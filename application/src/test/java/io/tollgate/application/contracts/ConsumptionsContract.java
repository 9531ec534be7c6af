package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.billing.ConsumptionFilter;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.Consumptions;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Consumptions} does: exact, idempotent charges that never overdraw, also under load. */
public abstract class ConsumptionsContract {

    /** The consumptions under test, with the users and ledger they share a store with. */
    public record Ports(Users users, Ledger ledger, Consumptions consumptions) {}

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Users users;
    private Ledger ledger;
    private Consumptions consumptions;

    /** New, empty ports that share one store. */
    protected abstract Ports newPorts();

    @BeforeEach
    void createPorts() {
        Ports ports = newPorts();
        users = ports.users();
        ledger = ports.ledger();
        consumptions = ports.consumptions();
    }

    private UserId userWith(String name, String balance) {
        UserId user = users.add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
        ledger.change(user, Points.exactly(balance), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        return user;
    }

    private static ConsumptionRequest request(UserId user, String workflow, String base, String multiplier,
                                              String key, int second) {
        return new ConsumptionRequest(user, workflow, Points.exactly(base), Multiplier.of(multiplier),
                Optional.ofNullable(key), Optional.empty(), T0.plusSeconds(second));
    }

    private static ConsumptionRequest turn(UserId user, String base, String key, String chatId, int second) {
        return new ConsumptionRequest(user, "wf", Points.exactly(base), Multiplier.ONE,
                Optional.ofNullable(key), Optional.ofNullable(chatId), T0.plusSeconds(second));
    }

    private Points balance(UserId user) {
        return users.byId(user).orElseThrow().balance();
    }

    private Consumption charged(ChargeResult result) {
        return assertInstanceOf(ChargeResult.Charged.class, result).consumption();
    }

    @Test
    void aChargeDeductsBasePointsTimesTheMultiplierExactly() {
        UserId alice = userWith("alice", "100");

        Consumption consumption = charged(consumptions.charge(request(alice, "翻译助手", "4.0278", "2.5", "k1", 5)));

        assertEquals(Points.exactly("10.0695"), consumption.charge());
        assertEquals(Points.exactly("89.9305"), consumption.balanceAfter());
        assertEquals(Points.exactly("89.9305"), balance(alice));
        assertEquals(alice, consumption.user());
        assertEquals("翻译助手", consumption.workflowName());
        assertEquals(Points.exactly("4.0278"), consumption.basePoints());
        assertEquals(Multiplier.of("2.5"), consumption.multiplier());
        assertEquals("k1", consumption.idempotencyKey());
        assertEquals(T0.plusSeconds(5), consumption.at());
    }

    @Test
    void aChargeIsExplainedByAConsumptionEntryInTheLedger() {
        UserId alice = userWith("alice", "100");

        consumptions.charge(request(alice, "wf", "4.0278", "2.5", null, 5));

        LedgerEntry entry = ledger.history(alice, 0, 10).getFirst();
        assertEquals(LedgerEntryKind.CONSUMPTION, entry.kind());
        assertEquals(Points.exactly("-10.0695"), entry.amount());
        assertEquals(Points.exactly("89.9305"), entry.balanceAfter());
        assertEquals("consumption: wf", entry.reason());
        assertEquals("shareauth", entry.actor());
        assertEquals(T0.plusSeconds(5), entry.at());
    }

    @Test
    void aRepeatedKeyReturnsTheFirstConsumptionAndChargesOnce() {
        UserId alice = userWith("alice", "100");
        Consumption first = charged(consumptions.charge(request(alice, "wf", "3", "1", "k1", 1)));

        ChargeResult repeat = consumptions.charge(request(alice, "wf", "5", "2", "k1", 2));

        assertEquals(first, assertInstanceOf(ChargeResult.AlreadyCharged.class, repeat).consumption());
        assertEquals(Points.exactly("97"), balance(alice));
        assertEquals(1, consumptions.list(ConsumptionFilter.ALL, 0, 10).size());
        assertEquals(2, ledger.history(alice, 0, 10).size());
    }

    @Test
    void theSameKeyOfAnotherUserIsAnotherCharge() {
        UserId alice = userWith("alice", "10");
        UserId bob = userWith("bob", "10");

        Consumption ofAlice = charged(consumptions.charge(request(alice, "wf", "1", "1", "k1", 1)));
        Consumption ofBob = charged(consumptions.charge(request(bob, "wf", "1", "1", "k1", 2)));

        assertNotEquals(ofAlice.id(), ofBob.id());
        assertEquals(Points.exactly("9"), balance(bob));
    }

    @Test
    void chargesWithoutAKeyAreNeverTakenForRepeats() {
        UserId alice = userWith("alice", "10");

        Consumption first = charged(consumptions.charge(request(alice, "wf", "1", "1", null, 1)));
        Consumption second = charged(consumptions.charge(request(alice, "wf", "1", "1", null, 1)));

        assertNotEquals(first.id(), second.id());
        assertEquals(Points.exactly("8"), balance(alice));
    }

    @Test
    void everyTurnOfAConversationIsChargedAndKeepsItsChatId() {
        UserId alice = userWith("alice", "10");

        Consumption first = charged(consumptions.charge(turn(alice, "1.5", "turn:a", "chat-1", 1)));
        Consumption second = charged(consumptions.charge(turn(alice, "2", "turn:b", "chat-1", 2)));

        assertNotEquals(first.id(), second.id());
        assertEquals("chat-1", first.chatId());
        assertEquals("chat-1", second.chatId());
        assertEquals(Points.exactly("6.5"), balance(alice));
        assertEquals(List.of(second, first), consumptions.list(ConsumptionFilter.ALL, 0, 10));
    }

    @Test
    void turnsOfOneConversationWithoutKeysAreEachCharged() {
        UserId alice = userWith("alice", "10");

        charged(consumptions.charge(turn(alice, "1", null, "chat-1", 1)));
        charged(consumptions.charge(turn(alice, "1", null, "chat-1", 1)));

        assertEquals(Points.exactly("8"), balance(alice));
    }

    @Test
    void aRepeatedKeyAnswersTheFirstTurnWithItsChatId() {
        UserId alice = userWith("alice", "10");
        Consumption first = charged(consumptions.charge(turn(alice, "1", "turn:a", "chat-1", 1)));

        ChargeResult repeat = consumptions.charge(turn(alice, "1", "turn:a", "chat-1", 2));

        assertEquals(first, assertInstanceOf(ChargeResult.AlreadyCharged.class, repeat).consumption());
        assertEquals("chat-1", first.chatId());
        assertEquals(Points.exactly("9"), balance(alice));
    }

    @Test
    void aChargeWithoutAChatIdHasNone() {
        UserId alice = userWith("alice", "10");

        assertNull(charged(consumptions.charge(request(alice, "wf", "1", "1", "k1", 1))).chatId());
    }

    @Test
    void aChargeTheBalanceCannotCoverIsRecordedAsUnpaidAndDeductsNothing() {
        UserId alice = userWith("alice", "10");

        ChargeResult result = consumptions.charge(request(alice, "wf", "4.0278", "2.5", "k1", 3));

        UnpaidAttempt attempt = assertInstanceOf(ChargeResult.Unpaid.class, result).attempt();
        assertEquals(alice, attempt.user());
        assertEquals("wf", attempt.workflowName());
        assertEquals(Points.exactly("4.0278"), attempt.basePoints());
        assertEquals(Multiplier.of("2.5"), attempt.multiplier());
        assertEquals(Points.exactly("10.0695"), attempt.charge());
        assertEquals(Points.exactly("10"), attempt.balance());
        assertEquals(T0.plusSeconds(3), attempt.at());
        assertEquals(List.of(attempt), consumptions.unpaid(0, 10));
        assertEquals(Points.exactly("10"), balance(alice));
        assertTrue(consumptions.list(ConsumptionFilter.ALL, 0, 10).isEmpty());
        assertEquals(1, ledger.history(alice, 0, 10).size());
    }

    @Test
    void anUnpaidKeyIsChargedOnceTheBalanceCoversIt() {
        UserId alice = userWith("alice", "1");
        assertInstanceOf(ChargeResult.Unpaid.class, consumptions.charge(request(alice, "wf", "2", "1", "k1", 1)));
        ledger.change(alice, Points.exactly("5"), LedgerEntryKind.TOP_UP, "more", "admin", T0.plusSeconds(2));

        charged(consumptions.charge(request(alice, "wf", "2", "1", "k1", 3)));

        assertEquals(Points.exactly("4"), balance(alice));
    }

    @Test
    void aChargeOfTheWholeBalanceLeavesExactlyZero() {
        UserId alice = userWith("alice", "10.0695");

        assertEquals(Points.ZERO, charged(consumptions.charge(request(alice, "wf", "4.0278", "2.5", null, 1)))
                .balanceAfter());
        assertEquals(Points.ZERO, balance(alice));
    }

    @Test
    void anUnknownUserIsNotChargedAndNothingIsRecorded() {
        ChargeResult result = consumptions.charge(request(new UserId(UUID.randomUUID()), "wf", "1", "1", "k1", 1));

        assertEquals(new ChargeResult.NoSuchUser(), result);
        assertTrue(consumptions.list(ConsumptionFilter.ALL, 0, 10).isEmpty());
        assertTrue(consumptions.unpaid(0, 10).isEmpty());
    }

    @Test
    void consumptionsAreListedNewestFirstByUserAndByWorkflow() {
        UserId alice = userWith("alice", "100");
        UserId bob = userWith("bob", "100");
        Consumption a1 = charged(consumptions.charge(request(alice, "wf-a", "1", "1", null, 1)));
        Consumption b1 = charged(consumptions.charge(request(bob, "wf-a", "1", "1", null, 2)));
        Consumption a2 = charged(consumptions.charge(request(alice, "wf-b", "1", "1", null, 3)));

        assertEquals(List.of(a2, b1, a1), consumptions.list(ConsumptionFilter.ALL, 0, 10));
        assertEquals(List.of(b1), consumptions.list(ConsumptionFilter.ALL, 1, 1));
        assertEquals(List.of(a2, a1), consumptions.list(
                new ConsumptionFilter(Optional.of(alice), Optional.empty()), 0, 10));
        assertEquals(List.of(b1, a1), consumptions.list(
                new ConsumptionFilter(Optional.empty(), Optional.of("wf-a")), 0, 10));
        assertEquals(List.of(a1), consumptions.list(
                new ConsumptionFilter(Optional.of(alice), Optional.of("wf-a")), 0, 10));
    }

    @Test
    void unpaidAttemptsAreListedNewestFirst() {
        UserId alice = userWith("alice", "1");
        for (int i = 1; i <= 3; i++) {
            consumptions.charge(request(alice, "wf" + i, "2", "1", null, i));
        }

        assertEquals(List.of("wf3", "wf2", "wf1"),
                consumptions.unpaid(0, 10).stream().map(UnpaidAttempt::workflowName).toList());
        assertEquals(List.of("wf2"), consumptions.unpaid(1, 1).stream().map(UnpaidAttempt::workflowName).toList());
    }

    @Test
    void twoHundredSimultaneousChargesOfOneOnAHundredChargeExactlyAHundred() {
        UserId alice = userWith("alice", "100.0");

        List<ChargeResult> results = Concurrently.run(200,
                i -> consumptions.charge(request(alice, "wf", "1.0", "1", "key-" + i, 1)));

        assertEquals(100, results.stream().filter(ChargeResult.Charged.class::isInstance).count());
        assertEquals(100, results.stream().filter(ChargeResult.Unpaid.class::isInstance).count());
        assertEquals(Points.ZERO, balance(alice));
        assertEquals(100, consumptions.list(ConsumptionFilter.ALL, 0, 1000).size());
        assertEquals(100, consumptions.unpaid(0, 1000).size());
        assertEquals(101, ledger.history(alice, 0, 1000).size());
    }

    @Test
    void simultaneousChargesWithOneKeyChargeOnce() {
        UserId alice = userWith("alice", "100");

        List<ChargeResult> results = Concurrently.run(30,
                i -> consumptions.charge(request(alice, "wf", "1", "1", "the-key", 1)));

        List<Consumption> charged = results.stream().filter(ChargeResult.Charged.class::isInstance)
                .map(r -> ((ChargeResult.Charged) r).consumption()).toList();
        assertEquals(1, charged.size());
        assertTrue(results.stream().filter(r -> !(r instanceof ChargeResult.Charged))
                .allMatch(r -> r instanceof ChargeResult.AlreadyCharged again
                        && again.consumption().id().equals(charged.getFirst().id())));
        assertEquals(Points.exactly("99"), balance(alice));
        assertEquals(1, consumptions.list(ConsumptionFilter.ALL, 0, 10).size());
    }
}
