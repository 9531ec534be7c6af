package io.tollgate.adapter.persistence;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Holds on balances in this node's memory, so a call's hold costs no query. Each user's balance is read from
 * the database at most once a second (and again before refusing), and kept current by the settlements this
 * node commits. The database still guards every charge with a conditional update, so nodes sharing it can
 * each over-admit a little against the others' holds, but no balance is ever overdrawn.
 */
final class BalanceHolds {

    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** A hold that a settlement takes back. */
    record Hold(UUID user, Points amount) {}

    private static final class Balance {
        Points known = Points.ZERO;
        Points held = Points.ZERO;
        long readAtNanos;
        long version = -1;
    }

    private final Function<UUID, Optional<BigDecimal>> read;
    private final LongSupplier committedVersion;
    private final Map<UUID, Balance> balances = new ConcurrentHashMap<>();
    private final Map<Long, Hold> holds = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * {@code read} gives a user's balance as stored now (empty when there is no such user); {@code committedVersion}
     * the version of the latest settlement committed, so an older settlement's balance never replaces a newer read.
     */
    BalanceHolds(Function<UUID, Optional<BigDecimal>> read, LongSupplier committedVersion) {
        this.read = read;
        this.committedVersion = committedVersion;
    }

    Reservation reserve(UUID user, Points estimate) {
        Balance balance = balances.computeIfAbsent(user, id -> new Balance());
        synchronized (balance) {
            boolean fresh = System.nanoTime() - balance.readAtNanos < FRESH_NANOS && balance.version >= 0;
            if (!fresh || !covers(balance, estimate)) {
                long version = committedVersion.getAsLong();
                Optional<BigDecimal> stored = read.apply(user);
                if (stored.isEmpty()) {
                    balances.remove(user);
                    return new Reservation.NoSuchUser();
                }
                balance.known = Points.exactly(stored.get());
                balance.readAtNanos = System.nanoTime();
                balance.version = Math.max(balance.version, version);
            }
            if (!covers(balance, estimate)) {
                Points available = balance.known.minus(balance.held);
                return new Reservation.Insufficient(available.isNegative() ? Points.ZERO : available);
            }
            balance.held = balance.held.plus(estimate);
            long id = ids.incrementAndGet();
            holds.put(id, new Hold(user, estimate));
            return new Reservation.Held(new ReservationId(id), estimate);
        }
    }

    /** Removes the hold so it is settled once; throws when there is none. */
    Hold take(ReservationId reservation) {
        Hold hold = holds.remove(reservation.value());
        if (hold == null) {
            throw new IllegalStateException("no such reservation: " + reservation.value());
        }
        return hold;
    }

    /** Gives the hold back; a committed settlement also says the balance it left, newer versions winning. */
    void release(Hold hold, Optional<Points> balanceAfter, long version) {
        Balance balance = balances.get(hold.user());
        if (balance == null) {
            return;
        }
        synchronized (balance) {
            balance.held = balance.held.minus(hold.amount());
            if (balanceAfter.isPresent() && version > balance.version) {
                balance.known = balanceAfter.get();
                balance.version = version;
            }
        }
    }

    /** What the user's open holds on this node add up to. */
    Points held(UUID user) {
        Balance balance = balances.get(user);
        if (balance == null) {
            return Points.ZERO;
        }
        synchronized (balance) {
            return balance.held;
        }
    }

    private static boolean covers(Balance balance, Points estimate) {
        return balance.known.minus(balance.held).compareTo(estimate) >= 0;
    }
}
