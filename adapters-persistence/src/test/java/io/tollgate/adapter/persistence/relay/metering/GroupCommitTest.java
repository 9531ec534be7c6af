package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.Concurrently;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private final DatabaseConfig config = TestDatabases.freshConfig();
    private final Database database = Database.start(config);

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private UserId userWith(String name, String balance) {
        UserId user = database.users().add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
        database.ledger().change(user, Points.exactly(balance), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        return user;
    }

    private List<ReservationId> holds(UserId user, int count, String estimate) {
        List<ReservationId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(assertInstanceOf(Reservation.Held.class,
                    database.metering().reserve(user, Points.exactly(estimate), T0)).id());
        }
        return ids;
    }

    static UsageRecord record(String requestId, UserId user, String cost) {
        return new UsageRecord(requestId, Optional.empty(), user, Optional.empty(), "gpt-4o", new Usage(3, 4, false),
                Points.exactly(cost), 10, UsageRecord.Status.OK, Optional.empty(), T0, LocalDate.of(2025, 3, 1));
    }

    @Test
    void fiftySimultaneousSettlementsShareFarFewerTransactions() {
        UserId alice = userWith("alice", "100");
        List<ReservationId> ids = holds(alice, 50, "1");
        long before = ((JdbiMetering) database.metering()).settlementTransactions();

        Concurrently.run(50, i -> database.metering().settle(ids.get(i), record("r" + i, alice, "0.5")));

        long transactions = ((JdbiMetering) database.metering()).settlementTransactions() - before;
        assertTrue(transactions < 25, "50 settlements took " + transactions + " transactions");
        assertEquals(Points.exactly("75"), database.users().byId(alice).orElseThrow().balance());
    }

    @Test
    void oneUsersSettlementsInABatchApplyInOrderAndStopAtZero() {
        UserId alice = userWith("alice", "10");
        List<ReservationId> ids = holds(alice, 50, "0");

        List<Points> charged = Concurrently.run(50,
                i -> database.metering().settle(ids.get(i), record("r" + i, alice, "0.3")));

        assertEquals(Points.exactly("10"), charged.stream().reduce(Points.ZERO, Points::plus));
        assertEquals(Points.ZERO, database.users().byId(alice).orElseThrow().balance());
        List<LedgerEntry> oldestFirst = database.ledger().history(alice, 0, 100).stream()
                .sorted(Comparator.comparingLong(LedgerEntry::id)).toList();
        for (int i = 1; i < oldestFirst.size(); i++) {
            assertEquals(oldestFirst.get(i - 1).balanceAfter().plus(oldestFirst.get(i).amount()),
                    oldestFirst.get(i).balanceAfter(), "entry " + i + " follows from the one before");
        }
    }

    @Test
    void aSettlementHasReachedTheDatabaseWhenItReturns() throws SQLException {
        UserId alice = userWith("alice", "10");

        database.metering().settle(holds(alice, 1, "2").getFirst(), record("r1", alice, "1.5"));

        try (Connection fresh = DriverManager.getConnection(config.url(), config.user(), config.password());
             ResultSet rs = fresh.createStatement().executeQuery("SELECT u.balance, r.cost, r.request_id"
                     + " FROM users u JOIN usage_records r ON r.user_id = u.id")) {
            assertTrue(rs.next());
            assertEquals(Points.exactly("8.5"), Points.exactly(rs.getBigDecimal(1)));
            assertEquals(Points.exactly("1.5"), Points.exactly(rs.getBigDecimal(2)));
            assertEquals("r1", rs.getString(3));
        }
    }

    @Test
    void aFailedBatchFailsItsCallersReleasesTheirHoldsWritesNothingAndTheCommitterCarriesOn() {
        UserId alice = userWith("alice", "10");
        ReservationId id = holds(alice, 1, "2").getFirst();
        TestDatabases.jdbi(database).useHandle(h -> h.execute("ALTER TABLE usage_records RENAME TO usage_records_away"));

        assertThrows(IllegalStateException.class, () -> database.metering().settle(id, record("r1", alice, "1")));

        assertEquals(Points.exactly("10"), database.users().byId(alice).orElseThrow().balance());
        TestDatabases.jdbi(database).useHandle(h -> h.execute("ALTER TABLE usage_records_away RENAME TO usage_records"));
        ReservationId again = holds(alice, 1, "2").getFirst();
        assertEquals(Points.exactly("1"), database.metering().settle(again, record("r1", alice, "1")));
        assertEquals(Points.exactly("9"), database.users().byId(alice).orElseThrow().balance());
    }

    @Test
    void anUnknownReservationFailsAloneWhileTheOthersSettle() {
        UserId alice = userWith("alice", "10");
        List<ReservationId> ids = holds(alice, 20, "0.1");

        List<Boolean> settled = Concurrently.run(21, i -> {
            ReservationId id = i < 20 ? ids.get(i) : new ReservationId(999_999);
            try {
                database.metering().settle(id, record("r" + i, alice, "0.1"));
                return true;
            } catch (IllegalStateException noSuchReservation) {
                return false;
            }
        });

        assertEquals(20, settled.stream().filter(Boolean::booleanValue).count());
        assertEquals(Points.exactly("8"), database.users().byId(alice).orElseThrow().balance());
    }

    @Test
    void afterCloseASettlementIsRefusedRatherThanLost() {
        UserId alice = userWith("alice", "10");
        ReservationId id = holds(alice, 1, "1").getFirst();

        database.close();

        assertThrows(IllegalStateException.class, () -> database.metering().settle(id, record("r1", alice, "1")));
    }
}
