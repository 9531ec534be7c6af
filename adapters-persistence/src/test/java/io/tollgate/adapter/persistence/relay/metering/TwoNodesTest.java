package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.Concurrently;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TwoNodesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private final DatabaseConfig shared = TestDatabases.freshConfig();
    private final Database first = Database.start(shared);
    private final Database second = Database.start(shared);

    @AfterEach
    void closeDatabases() {
        first.close();
        second.close();
    }

    private Database node(int index) {
        return index % 2 == 0 ? first : second;
    }

    @Test
    void holdsOnTwoNodesTogetherNeverExceedTheBalance() {
        UserId alice = first.users().add(new NewUser(new Username("alice"), "hash", T0)).orElseThrow().id();
        first.ledger().change(alice, Points.exactly("10"), LedgerEntryKind.TOP_UP, "opening", "admin", T0);

        List<Reservation> reservations = Concurrently.run(40, i -> node(i).metering().reserve(alice, Points.exactly("1"), T0));

        assertEquals(10, reservations.stream().filter(Reservation.Held.class::isInstance).count());
        assertEquals(30, reservations.stream().filter(Reservation.Insufficient.class::isInstance).count());
    }

    @Test
    void twoNodesHoldingAndSettlingNeverOverdrawTheBalanceTheyShare() {
        UserId alice = first.users().add(new NewUser(new Username("alice"), "hash", T0)).orElseThrow().id();
        first.ledger().change(alice, Points.exactly("10"), LedgerEntryKind.TOP_UP, "opening", "admin", T0);

        List<Points> charged = Concurrently.run(40, i -> switch (node(i).metering().reserve(alice, Points.exactly("1"), T0)) {
            case Reservation.Held held -> node(i).metering().settle(held.id(), GroupCommitTest.record("r" + i, alice, "1"));
            case Reservation.Insufficient ignored -> Points.ZERO;
            case Reservation.NoSuchUser ignored -> throw new AssertionError("alice exists");
            case Reservation.OverBudget ignored -> throw new AssertionError("no key, no budget");
        });

        assertEquals(Points.exactly("10"), charged.stream().reduce(Points.ZERO, Points::plus));
        assertEquals(Points.ZERO, first.users().byId(alice).orElseThrow().balance());
        assertEquals(Points.exactly("-10"), first.ledger().history(alice, 0, 100).stream()
                .filter(e -> e.kind() == LedgerEntryKind.USAGE).map(e -> e.amount()).reduce(Points.ZERO, Points::plus));
    }

    @Test
    void aRateLimitHoldsAcrossTwoNodes() {
        ApiKeyId key = new ApiKeyId(UUID.randomUUID());

        List<Boolean> admitted = Concurrently.run(100, i -> node(i).rateWindows().tryRequest(key, 42, 30));

        assertEquals(30, admitted.stream().filter(Boolean::booleanValue).count());
    }
}
