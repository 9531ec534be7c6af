package io.tollgate.adapter.persistence;

import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Holds in this node's memory ({@link BalanceHolds}) and settlements in PostgreSQL: durable when they return,
 * group-committed by {@link GroupCommitter}, each charge a conditional update that cannot overdraw.
 */
final class JdbiMetering implements Metering, AutoCloseable {

    static final String ACTOR = "relay";

    private final Jdbi jdbi;
    private final GroupCommitter committer;
    private final BalanceHolds holds;

    JdbiMetering(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.committer = new GroupCommitter(jdbi);
        this.holds = new BalanceHolds(user -> jdbi.withExtension(MeteringSql.class, sql -> sql.balance(user)),
                committer::committedVersion);
    }

    @Override
    public Reservation reserve(UserId user, Points estimate, Instant at) {
        if (estimate.isNegative()) {
            throw new IllegalArgumentException("an estimate cannot be negative");
        }
        return holds.reserve(user.value(), estimate);
    }

    @Override
    public Points settle(ReservationId reservation, UsageRecord record) {
        BalanceHolds.Hold hold = holds.take(reservation);
        if (!record.user().map(user -> user.value().equals(hold.user())).orElse(false)) {
            holds.release(hold, Optional.empty(), 0);
            throw new IllegalArgumentException("reservation " + reservation.value() + " holds another user's balance");
        }
        try {
            Settlement.Charged charged = committer.settle(new Settlement(record));
            holds.release(hold, Optional.of(charged.balanceAfter()), charged.version());
            return charged.amount();
        } catch (RuntimeException failed) {
            holds.release(hold, Optional.empty(), 0);
            throw failed;
        }
    }

    @Override
    public void recordUnbilled(UsageRecord record) {
        if (record.user().isPresent() || record.cost().isPositive()) {
            throw new IllegalArgumentException("an unbilled record has no user and costs nothing");
        }
        committer.settle(new Settlement(record));
    }

    @Override
    public List<UsageRecord> usage(UserId user, int offset, int limit) {
        return jdbi.withExtension(MeteringSql.class,
                sql -> sql.usage(user.value(), Math.max(0, offset), Math.max(0, limit)))
                .stream().map(UsageRecordRow::toRecord).toList();
    }

    /** What the user's open holds on this node add up to, for tests that check nothing is left held. */
    Points held(UserId user) {
        return holds.held(user.value());
    }

    /** Transactions the group committer has begun, for tests that check settlements are grouped. */
    long settlementTransactions() {
        return committer.transactions();
    }

    @Override
    public void close() {
        committer.close();
    }
}
