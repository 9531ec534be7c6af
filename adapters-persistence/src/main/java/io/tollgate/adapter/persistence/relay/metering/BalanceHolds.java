package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * Holds on balances as rows of {@code balance_holds}, taken in groups: callers queue and wait; one thread takes
 * everything pending and hands it to the {@code hold_balances_within_budgets} function in one round trip, which locks the users'
 * rows and grants each hold, in queue order, only while the balance minus the user's unexpired holds covers it and,
 * on a capped key, while its caps minus its spend and its unexpired holds leave something.
 * Under load one lock and one round trip then serve many calls. Settlements delete the rows ({@link SettlementWrites}).
 * A caller waits at most {@link #PATIENCE}; a hold granted after its caller gave up is released at once.
 */
final class BalanceHolds implements AutoCloseable {

    private static final String HOLD = "SELECT ord, hold_id, available, over_budget, cap, budgeted"
            + " FROM hold_balances_within_budgets(?::uuid[], ?::numeric[], ?::timestamptz[], ?::timestamptz[], ?::uuid[],"
            + " ?::date[], ?::date[], ?::date[])";

    /** What a hold gave, and whether it counts against its key's caps (then its settlement must count the charge). */
    record Decision(Reservation reservation, boolean budgeted) {}

    private record Pending(UUID user, Points amount, Instant at, Instant expiresAt, Optional<BudgetedKey> key,
                           CompletableFuture<Decision> outcome) {}

    /** How long a caller waits for its hold: a database that stopped answering fails the call rather than blocking it. */
    static final Duration PATIENCE = Duration.ofMillis(1500);

    private final Jdbi jdbi;
    private final ConnectionFactory connections;
    private final BatchQueue<Pending> queue;

    BalanceHolds(Jdbi jdbi, ConnectionFactory connections) {
        this.jdbi = jdbi;
        this.connections = connections;
        this.queue = new BatchQueue<>("tollgate-holds", this::decide);
    }

    /** Queues the hold and waits until its batch has been decided. */
    Decision hold(UUID user, Points amount, Instant at, Instant expiresAt, Optional<BudgetedKey> key) {
        Pending pending = new Pending(user, amount, at, expiresAt, key, new CompletableFuture<>());
        queue.add(pending);
        try {
            Optional<Decision> decided = BatchQueue.awaitWithin(pending.outcome(), PATIENCE);
            if (decided.isEmpty() && giveUp(pending)) {
                throw undecided();
            }
            return decided.orElseGet(() -> pending.outcome().join());
        } catch (CompletionException failed) {
            throw notTaken(failed);
        }
    }

    /** A hold (or a lease) the database did not decide within {@link #PATIENCE}. */
    static IllegalStateException undecided() {
        return new IllegalStateException("the database did not decide the hold within " + PATIENCE.toMillis() + "ms",
                new SQLTimeoutException("no answer within " + PATIENCE.toMillis() + "ms"));
    }

    /** A hold (or a lease) the database failed to take. */
    static IllegalStateException notTaken(CompletionException failed) {
        return new IllegalStateException("the hold could not be taken: " + failed.getCause().getMessage(), failed.getCause());
    }

    /** False when the hold was decided just now, as its caller was giving up: then the caller takes that outcome. */
    private static boolean giveUp(Pending pending) {
        return pending.outcome().completeExceptionally(new SQLTimeoutException("the caller gave up"));
    }

    private void decide(List<Pending> all) {
        // Callers that gave up before their turn get no hold at all.
        List<Pending> batch = all.stream().filter(pending -> !pending.outcome().isDone()).toList();
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Decision> outcomes;
            try (Connection connection = connections.openConnection()) {
                outcomes = holdAll(connection, batch);
            }
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).outcome().complete(outcomes.get(i)) && outcomes.get(i).reservation() instanceof Reservation.Held held) {
                    releaseAbandoned(held);
                }
            }
        } catch (Throwable failure) {
            batch.forEach(pending -> pending.outcome().completeExceptionally(failure));
        }
    }

    private void releaseAbandoned(Reservation.Held held) {
        try {
            jdbi.useExtension(MeteringSql.class, sql -> sql.release(held.id().value()));
        } catch (RuntimeException databaseAway) {
            // the hold lapses by itself after HOLD_LIFETIME
        }
    }

    // Plain JDBC on the hot path, as the settlements: a JDBI statement costs more CPU than this whole query.
    private static List<Decision> holdAll(Connection connection, List<Pending> batch) throws SQLException {
        try (PreparedStatement hold = connection.prepareStatement(HOLD)) {
            hold.setArray(1, connection.createArrayOf("text", batch.stream().map(p -> p.user().toString()).toArray()));
            hold.setArray(2, connection.createArrayOf("text", batch.stream().map(p -> p.amount().toBigDecimal().toPlainString()).toArray()));
            hold.setArray(3, connection.createArrayOf("text", batch.stream().map(p -> p.at().toString()).toArray()));
            hold.setArray(4, connection.createArrayOf("text", batch.stream().map(p -> p.expiresAt().toString()).toArray()));
            hold.setArray(5, connection.createArrayOf("text", batch.stream().map(p -> p.key().map(k -> k.key().value().toString()).orElse(null)).toArray()));
            for (BudgetPeriod period : List.of(BudgetPeriod.DAY, BudgetPeriod.WEEK, BudgetPeriod.MONTH)) {
                hold.setArray(5 + period.ordinal() + 1, connection.createArrayOf("text", batch.stream()
                        .map(p -> p.key().map(k -> k.windows().start(period).toString()).orElse(null)).toArray()));
            }
            Decision[] outcomes = new Decision[batch.size()];
            try (ResultSet rows = hold.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt("ord") - 1;
                    long id = rows.getLong("hold_id");
                    boolean refused = rows.wasNull();
                    BigDecimal available = rows.getBigDecimal("available");
                    String overBudget = rows.getString("over_budget");
                    Reservation reservation = available == null ? new Reservation.NoSuchUser()
                            : overBudget != null ? new Reservation.OverBudget(BudgetPeriod.fromWire(overBudget).orElseThrow(),
                                    Points.exactly(rows.getBigDecimal("cap")))
                            : refused ? new Reservation.Insufficient(Points.exactly(available))
                            : new Reservation.Held(new ReservationId(id), batch.get(index).amount());
                    outcomes[index] = new Decision(reservation, rows.getBoolean("budgeted"));
                }
            }
            List<Decision> decided = java.util.Arrays.asList(outcomes);
            if (decided.contains(null)) {
                throw new IllegalStateException("hold_balances left some of " + batch.size() + " holds undecided");
            }
            return decided;
        }
    }

    /** Lets every queued hold be decided, then stops the thread. */
    @Override
    public void close() {
        queue.close();
    }
}
