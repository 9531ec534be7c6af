package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
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
import org.jdbi.v3.core.Jdbi;

/**
 * Holds on balances as rows of {@code balance_holds}, taken in groups: callers queue and wait; one thread takes
 * everything pending and hands it to the {@code hold_balances} function in one round trip, which locks the users'
 * rows and grants each hold, in queue order, only while the balance minus the user's unexpired holds covers it.
 * Under load one lock and one round trip then serve many calls. Settlements delete the rows ({@link SettlementWrites}).
 * A caller waits at most {@link #PATIENCE}; a hold granted after its caller gave up is released at once.
 */
final class BalanceHolds implements AutoCloseable {

    private static final String HOLD = "SELECT ord, hold_id, available FROM hold_balances(?::uuid[], ?::numeric[],"
            + " ?::timestamptz[], ?::timestamptz[])";

    private record Pending(UUID user, Points amount, Instant at, Instant expiresAt, CompletableFuture<Reservation> outcome) {}

    /** How long a caller waits for its hold: a database that stopped answering fails the call rather than blocking it. */
    static final Duration PATIENCE = Duration.ofMillis(1500);

    private final Jdbi jdbi;
    private final BatchQueue<Pending> queue;

    BalanceHolds(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.queue = new BatchQueue<>("tollgate-holds", this::decide);
    }

    /** Queues the hold and waits until its batch has been decided. */
    Reservation hold(UUID user, Points amount, Instant at, Instant expiresAt) {
        Pending pending = new Pending(user, amount, at, expiresAt, new CompletableFuture<>());
        queue.add(pending);
        try {
            Optional<Reservation> decided = BatchQueue.awaitWithin(pending.outcome(), PATIENCE);
            if (decided.isEmpty() && giveUp(pending)) {
                throw new IllegalStateException("the database did not decide the hold within " + PATIENCE.toMillis() + "ms",
                        new SQLTimeoutException("no answer within " + PATIENCE.toMillis() + "ms"));
            }
            return decided.orElseGet(() -> pending.outcome().join());
        } catch (CompletionException failed) {
            throw new IllegalStateException("the hold could not be taken: " + failed.getCause().getMessage(), failed.getCause());
        }
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
            List<Reservation> outcomes = jdbi.withHandle(handle -> holdAll(handle.getConnection(), batch));
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).outcome().complete(outcomes.get(i)) && outcomes.get(i) instanceof Reservation.Held held) {
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
    private static List<Reservation> holdAll(Connection connection, List<Pending> batch) throws SQLException {
        try (PreparedStatement hold = connection.prepareStatement(HOLD)) {
            hold.setArray(1, connection.createArrayOf("text", batch.stream().map(p -> p.user().toString()).toArray()));
            hold.setArray(2, connection.createArrayOf("text", batch.stream().map(p -> p.amount().toBigDecimal().toPlainString()).toArray()));
            hold.setArray(3, connection.createArrayOf("text", batch.stream().map(p -> p.at().toString()).toArray()));
            hold.setArray(4, connection.createArrayOf("text", batch.stream().map(p -> p.expiresAt().toString()).toArray()));
            Reservation[] outcomes = new Reservation[batch.size()];
            try (ResultSet rows = hold.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt("ord") - 1;
                    long id = rows.getLong("hold_id");
                    boolean refused = rows.wasNull();
                    BigDecimal available = rows.getBigDecimal("available");
                    outcomes[index] = available == null ? new Reservation.NoSuchUser()
                            : refused ? new Reservation.Insufficient(Points.exactly(available))
                            : new Reservation.Held(new ReservationId(id), batch.get(index).amount());
                }
            }
            List<Reservation> decided = java.util.Arrays.asList(outcomes);
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
