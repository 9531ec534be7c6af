package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.application.support.Telemetry;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * The reservations this node made and has not settled: each granted from a {@linkplain BalanceLeases lease} when one
 * covers it, else held by a row taken in a group by {@link BalanceHolds}. A reservation is settled once.
 */
final class OpenReservations implements AutoCloseable {

    /** Whose balance a reservation holds, the capped key it counts against, and the lease it was granted from, if any. */
    record Holder(UUID user, Optional<BudgetedKey> budget, Optional<BalanceLeases.Grant> lease) {}

    private final BalanceHolds holds;
    private final BalanceLeases leases;
    private final Telemetry telemetry;
    /** Ids of calls granted from a lease: negative, so they never meet a hold row's id. */
    private final AtomicLong leasedCalls = new AtomicLong();
    private final Map<Long, Holder> open = new ConcurrentHashMap<>();

    OpenReservations(Jdbi jdbi, ConnectionFactory hotPath, Telemetry telemetry) {
        this.holds = new BalanceHolds(jdbi, hotPath);
        this.leases = new BalanceLeases(hotPath);
        this.telemetry = telemetry;
        telemetry.openHolds(open::size);
    }

    /** Reserves {@code estimate} of the user's balance (and of the key's cap, if any) for one call. */
    Reservation reserve(UserId user, Optional<BudgetedKey> key, Points estimate, Instant at) {
        Optional<BalanceLeases.Grant> leased = leases.grant(user.value(), key.map(k -> k.key().value()), estimate, at);
        if (leased.isPresent()) {
            long id = -leasedCalls.incrementAndGet();
            open.put(id, new Holder(user.value(), Optional.empty(), leased));
            telemetry.hold("held");
            return new Reservation.Held(new ReservationId(id), estimate);
        }
        BalanceHolds.Decision decision = holds.hold(user.value(), estimate, at, at.plus(Metering.HOLD_LIFETIME), key);
        Reservation reservation = decision.reservation();
        if (reservation instanceof Reservation.Held held) {
            open.put(held.id().value(), new Holder(user.value(), key.filter(k -> decision.budgeted()), Optional.empty()));
        }
        telemetry.hold(switch (reservation) {
            case Reservation.Held held -> "held";
            case Reservation.Insufficient insufficient -> "insufficient";
            case Reservation.NoSuchUser none -> "no_user";
            case Reservation.OverBudget over -> "over_budget";
        });
        return reservation;
    }

    /** Takes the reservation for settling by {@code user}; refused when unknown, taken already, or another user's. */
    Holder take(ReservationId reservation, Optional<UserId> user) {
        Holder holder = open.remove(reservation.value());
        if (holder == null) {
            throw new IllegalStateException("no such reservation: " + reservation.value());
        }
        if (!user.map(u -> u.value().equals(holder.user())).orElse(false)) {
            open.put(reservation.value(), holder);
            throw new IllegalArgumentException("reservation " + reservation.value() + " holds another user's balance");
        }
        return holder;
    }

    /** The rows of leases idle since before {@code now}, retired: for the caller to delete. */
    List<Long> idleLeases(Instant now) {
        return leases.idle(now);
    }

    /** The rows of every lease, retired, for the caller to delete: after {@link #close()}. */
    List<Long> retireAll() {
        return leases.retireAll();
    }

    /** Stops the threads that take holds and leases in groups. */
    @Override
    public void close() {
        holds.close();
        leases.close();
    }
}
