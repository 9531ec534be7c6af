package io.tollgate.adapter.persistence.relay.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.DatabaseConfig;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.adapter.persistence.relay.journal.SettlementJournal;
import io.tollgate.adapter.persistence.relay.journal.SettlementLine;
import io.tollgate.application.contracts.Concurrently;
import io.tollgate.application.support.Telemetry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.NewUser;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a settlement journal ({@code async}), a call goes on before its settlement commits, and no charge is lost or
 * made twice: what a crashed process left is committed at the next start, once, and nodes under concurrent load
 * charge exactly what their usage rows say without overdrawing.
 */
class JournaledSettlementsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T06:00:00Z");

    @TempDir
    Path directory;

    private final DatabaseConfig config = TestDatabases.freshConfig();
    private final Database database = Database.start(config);
    private final Jdbi jdbi = TestDatabases.jdbi(database);
    private final CountDownLatch databaseBack = new CountDownLatch(1);
    private volatile boolean databaseSlow;
    private final ConnectionFactory connections = () -> {
        if (databaseSlow) {
            try {
                databaseBack.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    };

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCallGoesOnBeforeItsSettlementCommitsAndIsChargedOnceTheDatabaseTakesIt() {
        UserId alice = userWith("alice", "1000");
        try (JdbiMetering node = journaled(directory)) {
            ReservationId call = held(node.reserve(alice, Points.exactly("5"), T0));
            databaseSlow = true;
            Points atMost = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> node.settle(call, record("r1", alice, "3")),
                    "the call does not wait for the database");
            assertEquals(Points.exactly("3"), atMost);
            assertEquals(1, journalLines(directory), "the settlement is in the journal");
            assertEquals(Points.exactly("1000"), balance(alice), "and not yet committed");
            databaseBack.countDown();
        }
        assertEquals(Points.exactly("997"), balance(alice));
        assertEquals(0L, holds(alice));
        assertEquals(0, journalLines(directory), "a node that stops with everything committed leaves no journal");
    }

    @Test
    void aSettlementTheDatabaseRefusesAfterItsCallWentOnReleasesTheCallsHoldAndChargesNothing() {
        UserId alice = userWith("alice", "10");
        try (JdbiMetering node = journaled(directory)) {
            ReservationId call = held(node.reserve(alice, Points.exactly("2"), T0));
            jdbi.useHandle(h -> h.execute("ALTER TABLE usage_records RENAME TO usage_records_away"));
            node.settle(call, record("r1", alice, "1"));
        }
        jdbi.useHandle(h -> h.execute("ALTER TABLE usage_records_away RENAME TO usage_records"));
        assertEquals(Points.exactly("10"), balance(alice));
        assertEquals(0L, holds(alice), "released once the refusal came");
        assertEquals(0, journalLines(directory), "a refused settlement is not tried again at the next start");
    }

    @Test
    void aSettlementTheDatabaseRefusesFailsAloneAndTheOthersOfItsBatchAreCharged() {
        UserId alice = userWith("alice", "1000");
        try (JdbiMetering node = journaled(directory)) {
            List<ReservationId> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(held(node.reserve(alice, Points.exactly("5"), T0)));
            }
            // The committer waits for the database, so the four are settled in one batch; PostgreSQL refuses the
            // NUL character in the last one's request id, which fails the statement they share.
            databaseSlow = true;
            for (int i = 0; i < 4; i++) {
                node.settle(calls.get(i), record(i < 3 ? "r" + i : "bad\0id", alice, "2"));
            }
            databaseBack.countDown();
        }
        assertEquals(Points.exactly("994"), balance(alice), "the three others of the refused one's batch are charged");
        assertEquals(0L, holds(alice));
        assertEquals(0, journalLines(directory));
    }

    @Test
    void aSettlementRefusedBecauseItsNodeIsClosingLeavesNothingForTheNextStartToCharge() {
        UserId alice = userWith("alice", "10");
        SettlementJournal journal = SettlementJournal.open(directory);
        GroupCommitter committer = new GroupCommitter(jdbi, connections, Telemetry.NONE, SettlementDurability.ASYNC,
                Optional.of(journal));
        committer.close();
        assertThrows(IllegalStateException.class, () -> committer.settle(new Settlement(record("r1", alice, "1"), OptionalLong.empty())));
        journal.close();
        assertEquals(List.of(), SettlementJournal.open(directory).leftovers(), "its caller was told it was refused");
    }

    @Test
    void whatACrashedProcessLeftIsChargedOnceAtTheNextStartAndWhatHadCommittedIsNotChargedAgain() {
        UserId alice = userWith("alice", "1000");
        List<ReservationId> calls = new ArrayList<>();
        try (JdbiMetering crashed = new JdbiMetering(jdbi, connections, Telemetry.NONE, SettlementDurability.ASYNC)) {
            for (int i = 0; i < 3; i++) {
                calls.add(held(crashed.reserve(alice, Points.exactly("5"), T0)));
            }
            crashed.settle(calls.get(0), record("r0", alice, "1"));
        }
        // Its journal: the committed first call, the two that were not, and the last written twice (by a start that
        // crashed in turn before it could delete the segment it had read).
        SettlementJournal left = SettlementJournal.open(directory);
        left.append(line(record("r0", alice, "1"), calls.get(0)));
        left.append(line(record("r1", alice, "2"), calls.get(1)));
        left.append(line(record("r2", alice, "4"), calls.get(2)));
        left.append(line(record("r2", alice, "4"), calls.get(2)));
        left.close();

        try (JdbiMetering next = journaled(directory)) {
            assertEquals(2, journalLines(directory), "the two not committed were journaled again, the old segment gone");
        }
        assertEquals(Points.exactly("993"), balance(alice));
        assertEquals(3L, (long) jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM usage_records").mapTo(Long.class).one()));
        assertEquals(0L, holds(alice), "each settlement released its call's hold");
        assertEquals(0, journalLines(directory));
    }

    @Test
    void twoJournaledNodesUnderConcurrentCallsChargeExactlyWhatTheirUsageRowsSayAndNeverOverdraw() {
        UserId alice = userWith("alice", "60");
        Random random = new Random(20261207);
        List<Points> estimates = new ArrayList<>();
        List<Points> costs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            estimates.add(new Points(1 + random.nextInt(500_000)));
            costs.add(new Points(random.nextInt(3 * (int) estimates.get(i).micros())));
        }
        try (JdbiMetering first = journaled(directory.resolve("one")); JdbiMetering second = journaled(directory.resolve("two"))) {
            Concurrently.run(200, i -> {
                JdbiMetering node = i % 2 == 0 ? first : second;
                if (node.reserve(alice, estimates.get(i), T0) instanceof Reservation.Held held) {
                    return node.settle(held.id(), record("r" + i, alice, costs.get(i).toString()));
                }
                return Points.ZERO;
            });
        }
        Points balance = balance(alice);
        BigDecimal charged = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(sum(cost), 0) FROM usage_records").mapTo(BigDecimal.class).one());
        assertEquals(Points.exactly("60").minus(Points.exactly(charged)), balance);
        assertTrue(!balance.isNegative());
        assertEquals(balance, database.ledger().history(alice, 0, 1).getFirst().balanceAfter());
        assertEquals(0L, holds(alice));
        assertEquals(0, journalLines(directory.resolve("one")) + journalLines(directory.resolve("two")));
    }

    private JdbiMetering journaled(Path journal) {
        return new JdbiMetering(jdbi, connections, Telemetry.NONE, SettlementDurability.ASYNC,
                Optional.of(SettlementJournal.open(journal)));
    }

    private static SettlementLine line(UsageRecord record, ReservationId hold) {
        return new SettlementLine(record, OptionalLong.of(hold.value()), false, Optional.empty());
    }

    private UserId userWith(String name, String balance) {
        UserId user = database.users().add(new NewUser(new Username(name), "hash", T0)).orElseThrow().id();
        database.ledger().change(user, Points.exactly(balance), LedgerEntryKind.TOP_UP, "opening", "admin", T0);
        return user;
    }

    private Points balance(UserId user) {
        return database.users().byId(user).orElseThrow().balance();
    }

    private long holds(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM balance_holds WHERE user_id = :user")
                .bind("user", user.value()).mapTo(Long.class).one());
    }

    private static int journalLines(Path journal) {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(journal)) {
            int lines = 0;
            for (Path file : files.toList()) {
                lines += Files.readAllLines(file).size();
            }
            return lines;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static ReservationId held(Reservation reservation) {
        return assertInstanceOf(Reservation.Held.class, reservation).id();
    }

    private static UsageRecord record(String id, UserId user, String cost) {
        return new UsageRecord(id, Optional.empty(), user, Optional.empty(), "gpt-4o", new Usage(3, 4, false),
                Points.exactly(cost), 10, UsageRecord.Status.OK, Optional.empty(), T0, LocalDate.of(2026, 12, 7));
    }
}
