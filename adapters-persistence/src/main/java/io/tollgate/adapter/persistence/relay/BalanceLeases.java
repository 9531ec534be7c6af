package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Balance leases: for a user far from the edge of their balance, on a key without caps, one hold row covers many
 * calls ({@link #CALLS} of the asking call's ceiling), and this node grants them from memory, so a call costs no round
 * trip before its upstream request. Near the edge (the balance minus all holds below {@link #FLOOR} leases), on a
 * capped key, or when a lease cannot be had, the call is held on its own as before. A lease grants for {@link #WINDOW};
 * a cap set on a key meanwhile applies to the calls its next hold admits.
 */
final class BalanceLeases implements AutoCloseable {

    static final long CALLS = 64;
    static final long FLOOR = 4;
    static final Duration WINDOW = Duration.ofSeconds(2);
    private static final String TAKE = "SELECT take_balance_lease(?::uuid, ?::uuid, ?::numeric, ?::numeric, ?::timestamptz,"
            + " ?::timestamptz, ?::bigint)";
    private static final String RELEASE = "DELETE FROM balance_holds WHERE id = ?";

    /** A call granted from a lease: the lease and the ceiling it holds there. */
    record Grant(BalanceLease lease, Points ceiling) {}

    private record Owner(UUID user, UUID key) {}

    private record Asked(Owner owner, Points amount, Points floor, Instant at, Long retired,
                         CompletableFuture<Optional<BalanceLease>> lease) {}

    /** One owner's lease; while none can be had, until when not to ask again. One caller at a time asks for a new one. */
    private static final class Slot {
        final ReentrantLock asking = new ReentrantLock();
        volatile BalanceLease lease;
        volatile Instant refusedUntil = Instant.MIN;
    }

    private final ConcurrentHashMap<Owner, Slot> slots = new ConcurrentHashMap<>();
    private final ConnectionFactory connections;
    private final BatchQueue<Asked> queue;

    BalanceLeases(ConnectionFactory connections) {
        this.connections = connections;
        this.queue = new BatchQueue<>("tollgate-leases", this::take);
    }

    /** The call's ceiling granted from a lease of its user on its key, taking one if need be; empty = hold it alone. */
    Optional<Grant> grant(UUID user, Optional<UUID> key, Points ceiling, Instant at) {
        Slot slot = slots.computeIfAbsent(new Owner(user, key.orElse(null)), owner -> new Slot());
        Optional<Grant> granted = fromCurrent(slot, ceiling, at);
        if (granted.isPresent() || at.isBefore(slot.refusedUntil)) {
            return granted;
        }
        slot.asking.lock();
        try {
            granted = fromCurrent(slot, ceiling, at);
            if (granted.isPresent() || at.isBefore(slot.refusedUntil)) {
                return granted;
            }
            BalanceLease old = slot.lease;
            Long retired = old != null && old.retire() ? old.id() : null;
            slot.lease = null;
            Optional<BalanceLease> taken = ask(new Owner(user, key.orElse(null)), ceiling, at, retired);
            taken.ifPresentOrElse(lease -> slot.lease = lease, () -> slot.refusedUntil = at.plus(WINDOW));
            return taken.flatMap(lease -> lease.grant(ceiling, at) ? Optional.of(new Grant(lease, ceiling)) : Optional.empty());
        } finally {
            slot.asking.unlock();
        }
    }

    private static Optional<Grant> fromCurrent(Slot slot, Points ceiling, Instant at) {
        BalanceLease lease = slot.lease;
        return lease != null && lease.grant(ceiling, at) ? Optional.of(new Grant(lease, ceiling)) : Optional.empty();
    }

    private Optional<BalanceLease> ask(Owner owner, Points ceiling, Instant at, Long retired) {
        Asked asked;
        try {
            asked = new Asked(owner, new Points(Math.multiplyExact(ceiling.micros(), CALLS)),
                    new Points(Math.multiplyExact(ceiling.micros(), CALLS * FLOOR)), at, retired, new CompletableFuture<>());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
        queue.add(asked);
        try {
            Optional<Optional<BalanceLease>> answered = BatchQueue.awaitWithin(asked.lease(), BalanceHolds.PATIENCE);
            if (answered.isEmpty() && asked.lease().completeExceptionally(new SQLTimeoutException("the caller gave up"))) {
                throw new IllegalStateException("the database did not decide the hold within " + BalanceHolds.PATIENCE.toMillis()
                        + "ms", new SQLTimeoutException("no answer within " + BalanceHolds.PATIENCE.toMillis() + "ms"));
            }
            return answered.orElseGet(() -> asked.lease().join());
        } catch (CompletionException failed) {
            throw new IllegalStateException("the hold could not be taken: " + failed.getCause().getMessage(), failed.getCause());
        }
    }

    private void take(List<Asked> batch) {
        try (Connection connection = connections.openConnection(); PreparedStatement take = connection.prepareStatement(TAKE);
             PreparedStatement release = connection.prepareStatement(RELEASE)) {
            for (Asked asked : batch) {
                // An asker that gave up gets nothing; a lease taken as it gave up goes at once.
                Optional<BalanceLease> lease = asked.lease().isDone() ? Optional.empty() : takeOne(take, asked);
                if (!asked.lease().complete(lease) && lease.isPresent()) {
                    release.setLong(1, lease.get().id());
                    release.executeUpdate();
                }
            }
        } catch (Throwable failure) {
            batch.forEach(asked -> asked.lease().completeExceptionally(failure));
        }
    }

    private static Optional<BalanceLease> takeOne(PreparedStatement take, Asked asked) throws SQLException {
        take.setObject(1, asked.owner().user());
        take.setObject(2, asked.owner().key());
        take.setBigDecimal(3, asked.amount().toBigDecimal());
        take.setBigDecimal(4, asked.floor().toBigDecimal());
        take.setString(5, asked.at().toString());
        take.setString(6, asked.at().plus(Metering.HOLD_LIFETIME).toString());
        take.setObject(7, asked.retired());
        try (ResultSet row = take.executeQuery()) {
            row.next();
            long id = row.getLong(1);
            return row.wasNull() ? Optional.empty() : Optional.of(new BalanceLease(id, asked.amount(), asked.at().plus(WINDOW)));
        }
    }

    /** The rows of leases that stopped granting before {@code now} and that no call uses any more: to delete. */
    List<Long> idle(Instant now) {
        // Slots stay: one per user and key that called, and removing one could race a caller taking a lease into it.
        List<Long> idle = new ArrayList<>();
        slots.values().forEach(slot -> {
            BalanceLease lease = slot.lease;
            if (lease != null && lease.idleAt(now)) {
                idle.add(lease.id());
            }
        });
        return idle;
    }

    /** Stops every lease; the rows of those no call uses, to delete (the others go with their last settlement). */
    List<Long> retireAll() {
        List<Long> unused = new ArrayList<>();
        slots.values().forEach(slot -> {
            BalanceLease lease = slot.lease;
            if (lease != null && lease.retire()) {
                unused.add(lease.id());
            }
        });
        return unused;
    }

    @Override
    public void close() {
        queue.close();
    }
}
