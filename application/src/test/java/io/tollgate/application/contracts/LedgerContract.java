package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Ledger} does; a subclass supplies the implementation and the users it works on. */
public abstract class LedgerContract {

    /** The ledger under test and the users whose balances it changes. */
    public record Ports(Users users, Ledger ledger) {}

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private Users users;
    private Ledger ledger;

    /** New, empty users and ledger that share one store. */
    protected abstract Ports newPorts();

    @BeforeEach
    void createPorts() {
        Ports ports = newPorts();
        users = ports.users();
        ledger = ports.ledger();
    }

    private UserId user(String name) {
        return users.add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
    }

    private BalanceChange change(UserId user, String amount, int second) {
        Points points = Points.exactly(amount);
        LedgerEntryKind kind = points.isNegative() ? LedgerEntryKind.ADJUSTMENT : LedgerEntryKind.TOP_UP;
        return ledger.change(user, points, kind, "reason " + amount, "admin", T0.plusSeconds(second));
    }

    private Points balance(UserId user) {
        return users.byId(user).orElseThrow().balance();
    }

    @Test
    void aTopUpRaisesTheBalanceAndIsRecorded() {
        UserId alice = user("alice");

        BalanceChange change = ledger.change(alice, Points.exactly("100"), LedgerEntryKind.TOP_UP, "opening",
                "admin", T0.plusSeconds(1));

        assertEquals(new BalanceChange.Changed(Points.exactly("100")), change);
        assertEquals(Points.exactly("100"), balance(alice));
        LedgerEntry entry = ledger.history(alice, 0, 10).getFirst();
        assertEquals(alice, entry.user());
        assertEquals(LedgerEntryKind.TOP_UP, entry.kind());
        assertEquals(Points.exactly("100"), entry.amount());
        assertEquals(Points.exactly("100"), entry.balanceAfter());
        assertEquals("opening", entry.reason());
        assertEquals("admin", entry.actor());
        assertEquals(T0.plusSeconds(1), entry.at());
    }

    @Test
    void anAdjustmentLowersTheBalance() {
        UserId alice = user("alice");
        change(alice, "100", 1);

        assertEquals(new BalanceChange.Changed(Points.exactly("87.654321")), change(alice, "-12.345679", 2));
        assertEquals(Points.exactly("87.654321"), balance(alice));
        assertEquals(LedgerEntryKind.ADJUSTMENT, ledger.history(alice, 0, 1).getFirst().kind());
    }

    @Test
    void aChangeThatWouldOverdrawIsRefusedAndWritesNothing() {
        UserId alice = user("alice");
        change(alice, "10", 1);

        assertEquals(new BalanceChange.WouldOverdraw(Points.exactly("10")), change(alice, "-10.000001", 2));
        assertEquals(Points.exactly("10"), balance(alice));
        assertEquals(1, ledger.history(alice, 0, 10).size());
    }

    @Test
    void theBalanceMayComeDownToExactlyZero() {
        UserId alice = user("alice");
        change(alice, "10.5", 1);

        assertEquals(new BalanceChange.Changed(Points.ZERO), change(alice, "-10.5", 2));
        assertEquals(Points.ZERO, balance(alice));
    }

    @Test
    void anUnknownUserHasNoBalanceToChange() {
        assertEquals(new BalanceChange.NoSuchUser(), change(new UserId(UUID.randomUUID()), "10", 1));
    }

    @Test
    void theHistoryIsNewestFirstWithTheBalanceAfterEachEntry() {
        UserId alice = user("alice");
        change(alice, "100", 1);
        change(alice, "-0.5", 2);
        change(alice, "0.000001", 3);

        List<LedgerEntry> history = ledger.history(alice, 0, 10);

        assertEquals(List.of("0.000001", "-0.5", "100"), history.stream().map(e -> e.amount().toString()).toList());
        assertEquals(List.of("99.500001", "99.5", "100"),
                history.stream().map(e -> e.balanceAfter().toString()).toList());
        assertEquals(List.of(T0.plusSeconds(3), T0.plusSeconds(2), T0.plusSeconds(1)),
                history.stream().map(LedgerEntry::at).toList());
        assertEquals(List.of("-0.5"), ledger.history(alice, 1, 1).stream().map(e -> e.amount().toString()).toList());
    }

    @Test
    void theHistoryShowsOnlyThatUsersEntries() {
        UserId alice = user("alice");
        UserId bob = user("bob");
        change(alice, "1", 1);
        change(bob, "2", 2);

        assertEquals(List.of(Points.exactly("2")), ledger.history(bob, 0, 10).stream().map(LedgerEntry::amount).toList());
    }

    @Test
    void manySmallAmountsAddUpExactly() {
        UserId alice = user("alice");
        for (int i = 0; i < 10; i++) {
            change(alice, "0.1", i);
        }

        assertEquals(Points.exactly("1"), balance(alice));
    }

    @Test
    void simultaneousChangesAreAllAppliedAndAllExplained() {
        UserId alice = user("alice");
        change(alice, "100", 0);

        List<BalanceChange> changes = Concurrently.run(100, i -> change(alice, i % 2 == 0 ? "0.3" : "-0.7", 1));

        assertEquals(100, changes.stream().filter(BalanceChange.Changed.class::isInstance).count());
        assertEquals(Points.exactly("80"), balance(alice));
        List<LedgerEntry> history = ledger.history(alice, 0, 1000);
        assertEquals(101, history.size());
        assertEquals(Points.exactly("80"), history.getFirst().balanceAfter());
    }
}
