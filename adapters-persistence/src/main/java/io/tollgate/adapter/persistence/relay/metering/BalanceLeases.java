package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.database.BatchQueue;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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

    /** A call granted from a lease: the lease and the ceiling it holds there. */
    record Grant(BalanceLease lease, Points ceiling) {}

    private record Owner(UUID user, UUID key) {}

    private record Asked(Owner owner, Points amount, Points floor, Instant at, Long retired,
                         CompletableFuture<Optional<BalanceLease>> lease) {}

    /**
     * One owner's lease; while none can be had, until when not to ask again; and the answer being waited for, while one
     * is: callers wait for the same answer rather than each asking (or queueing behind one another).
     */
    private static final class Slot {
        volatile BalanceLease lease;
        volatile Instant refusedUntil = Instant.MIN;
        CompletableFuture<Optional<BalanceLease>> asking;
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
        Owner owner = new Owner(user, key.orElse(null));
        Slot slot = slots.computeIfAbsent(owner, o -> new Slot());
        BalanceLease seen = slot.lease;
        if (seen != null && seen.grant(ceiling, at)) {
            return Optional.of(new Grant(seen, ceiling));
        }
        if (at.isBefore(slot.refusedUntil)) {
            return Optional.empty();
        }
        return await(answer(owner, slot, seen, ceiling, at))
                .flatMap(lease -> lease.grant(ceiling, at) ? Optional.of(new Grant(lease, ceiling)) : Optional.empty());
    }

    /** The lease to try next: one another caller installed meanwhile, the answer being waited for, or a new question. */
    private CompletableFuture<Optional<BalanceLease>> answer(Owner owner, Slot slot, BalanceLease seen, Points ceiling, Instant at) {
        synchronized (slot) {
            if (slot.lease != seen) {
                return CompletableFuture.completedFuture(Optional.ofNullable(slot.lease));
            }
            if (slot.asking != null) {
                return slot.asking;
            }
            Asked asked;
            try {
                asked = new Asked(owner, new Points(Math.multiplyExact(ceiling.micros(), CALLS)),
                        new Points(Math.multiplyExact(ceiling.micros(), CALLS * FLOOR)), at,
                        seen != null && seen.retire() ? seen.id() : null, new CompletableFuture<>());
            } catch (ArithmeticException tooLarge) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            // A lease answered after its askers stopped waiting is still installed for the calls that follow. The askers
            // wait for the installation, not the answer: a caller back before it would find this question still open and
            // give its next call this answer's lease, even once that lease's window had passed.
            CompletableFuture<Optional<BalanceLease>> installed = asked.lease().whenComplete((lease, failure) -> {
                synchronized (slot) {
                    slot.lease = lease == null ? null : lease.orElse(null);
                    if (slot.lease == null) {
                        slot.refusedUntil = at.plus(WINDOW);
                    }
                    slot.asking = null;
                }
            });
            queue.add(asked);
            slot.asking = installed;
            return installed;
        }
    }

    private static Optional<BalanceLease> await(CompletableFuture<Optional<BalanceLease>> answer) {
        try {
            return BatchQueue.awaitWithin(answer, BalanceHolds.PATIENCE).orElseThrow(BalanceHolds::undecided);
        } catch (CompletionException failed) {
            throw BalanceHolds.notTaken(failed);
        }
    }

    private void take(List<Asked> batch) {
        try (Connection connection = connections.openConnection(); PreparedStatement take = connection.prepareStatement(TAKE)) {
            for (Asked asked : batch) {
                asked.lease().complete(takeOne(take, asked));
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
