package io.tollgate.adapter.persistence.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.adapter.persistence.database.Unreachable;
import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** One busy user's ShareAuth finishes are charged in groups: each exactly once, never past the balance. */
class ConsumptionCommitterTest {

    private static final int FINISHES = 200;
    private static final Instant AT = Instant.parse("2026-03-10T02:00:00Z");

    private Database database;
    private UserId user;

    @BeforeEach
    void start() {
        database = TestDatabases.fresh();
        user = TestUsers.add(database, "busy");
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private ConsumptionRequest finish(int i, String key) {
        return new ConsumptionRequest(user, "wf", Points.exactly("1.5"), Multiplier.of("2"), Optional.of(key),
                Optional.of("chat-" + i), AT);
    }

    private List<ChargeResult> concurrently(int count, java.util.function.IntFunction<ConsumptionRequest> request)
            throws Exception {
        List<Future<ChargeResult>> futures = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(threads.submit(() -> database.consumptions().charge(request.apply(n))));
            }
        }
        List<ChargeResult> results = new ArrayList<>();
        for (Future<ChargeResult> future : futures) {
            results.add(future.get());
        }
        System.out.printf("%d concurrent finishes for one user: %d ms, %d transactions%n", count,
                (System.nanoTime() - started) / 1_000_000, ((JdbiConsumptions) database.consumptions()).chargeTransactions());
        return results;
    }

    private void topUp(String amount) {
        assertInstanceOf(BalanceChange.Changed.class, database.ledger().change(user, Points.exactly(amount),
                LedgerEntryKind.TOP_UP, "test", "test", AT));
    }

    private Points consumed() {
        return database.ledger().history(user, 0, 10_000).stream().filter(e -> e.kind() == LedgerEntryKind.CONSUMPTION)
                .map(LedgerEntry::amount).reduce(Points.ZERO, Points::plus).negate();
    }

    @Test
    void everyCoveredFinishIsChargedOnceAndTheLedgerExplainsTheBalance() throws Exception {
        topUp("1000");
        List<ChargeResult> results = concurrently(FINISHES, i -> finish(i, "key-" + i));

        assertTrue(results.stream().allMatch(ChargeResult.Charged.class::isInstance), results.toString());
        Points balance = database.users().byId(user).orElseThrow().balance();
        assertEquals(Points.exactly("400"), balance, "1000 - 200 × 3");
        assertEquals(Points.exactly("600"), consumed());
        assertTrue(((JdbiConsumptions) database.consumptions()).chargeTransactions() < FINISHES, "grouped");
    }

    @Test
    void whenTheBalanceRunsOutOnlyTheUncoveredFinishesAreRefusedAndRepeatsAreNotChargedAgain() throws Exception {
        topUp("301.5");
        // Every fourth finish repeats the key of the one before it, as a retried request would.
        List<ChargeResult> results = concurrently(FINISHES, i -> finish(i, "key-" + (i % 4 == 3 ? i - 1 : i)));

        long charged = results.stream().filter(ChargeResult.Charged.class::isInstance).count();
        long unpaid = results.stream().filter(ChargeResult.Unpaid.class::isInstance).count();
        Points balance = database.users().byId(user).orElseThrow().balance();
        System.out.printf("charged %d, unpaid %d, repeats %d, balance left %s%n", charged, unpaid,
                FINISHES - charged - unpaid, balance);
        assertEquals(100, charged, "301.5 covers 100 charges of 3");
        assertEquals(Points.exactly("1.5"), balance, "no overdraft, nothing left that a charge could use");
        assertEquals(Points.exactly("300"), consumed(), "Σ ledger = Δ balance");
        assertFalse(balance.isNegative());
        for (int i = 3; i < FINISHES; i += 4) {
            if (results.get(i) instanceof ChargeResult.AlreadyCharged repeat) {
                ChargeResult first = results.get(i - 1);
                assertEquals(((ChargeResult.Charged) first).consumption().id(), repeat.consumption().id());
            }
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerFailsTheCallersWithinThePatienceAndTheirRetriesAreChargedOnce() throws Exception {
        topUp("100");
        CompletableFuture<Throwable> inFlight;
        CompletableFuture<Throwable> queued;
        try (Handle other = TestDatabases.jdbi(database).open()) {
            // Another transaction holds the user's row: the batch waits on it, as on a database that stopped answering.
            other.begin();
            other.createQuery("SELECT id FROM users WHERE id = :id FOR UPDATE").bind("id", user.value()).mapTo(UUID.class).one();
            inFlight = refused(finish(1, "in-flight"));
            Thread.sleep(200);
            queued = refused(finish(2, "queued"));
            for (CompletableFuture<Throwable> caller : List.of(inFlight, queued)) {
                Throwable failure = caller.get();
                assertTrue(Unreachable.is(failure), "answered as the database being away (a 503): " + failure);
            }
            other.rollback();
        }
        // The charge already in its transaction went through once the row was free; the queued one was dropped.
        assertInstanceOf(ChargeResult.AlreadyCharged.class, database.consumptions().charge(finish(1, "in-flight")));
        assertInstanceOf(ChargeResult.Charged.class, database.consumptions().charge(finish(2, "queued")));
        assertInstanceOf(ChargeResult.AlreadyCharged.class, database.consumptions().charge(finish(2, "queued")));
        assertEquals(Points.exactly("94"), database.users().byId(user).orElseThrow().balance(), "100 - 2 × 3");
        assertEquals(Points.exactly("6"), consumed());
    }

    /** Charges on another thread: what it threw, within the patience and a little. */
    private CompletableFuture<Throwable> refused(ConsumptionRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            Throwable thrown = assertThrows(RuntimeException.class, () -> database.consumptions().charge(request));
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waited < ConsumptionCommitter.PATIENCE.toMillis() + 500, "answered within the patience: " + waited + " ms");
            return thrown;
        });
    }
}
