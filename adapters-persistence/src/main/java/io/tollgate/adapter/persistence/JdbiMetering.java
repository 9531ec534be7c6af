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
 * Holds and settlements in PostgreSQL. A hold is one conditional update that never lets holds exceed the
 * balance; it is not worth a disk flush, as a later settlement's flush makes it durable anyway. Settlements
 * are durable when they return and are group-committed by {@link GroupCommitter}.
 */
final class JdbiMetering implements Metering, AutoCloseable {

    static final String ACTOR = "relay";

    private final Jdbi jdbi;
    private final GroupCommitter committer;

    JdbiMetering(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.committer = new GroupCommitter(jdbi);
    }

    @Override
    public Reservation reserve(UserId user, Points estimate, Instant at) {
        if (estimate.isNegative()) {
            throw new IllegalArgumentException("an estimate cannot be negative");
        }
        return jdbi.inTransaction(handle -> {
            MeteringSql sql = handle.attach(MeteringSql.class);
            sql.withoutWaitingForDisk();
            Optional<Long> held = sql.reserve(user.value(), estimate.toBigDecimal(), at);
            if (held.isPresent()) {
                return new Reservation.Held(new ReservationId(held.get()), estimate);
            }
            return sql.available(user.value())
                    .<Reservation>map(available -> new Reservation.Insufficient(Points.exactly(available)))
                    .orElseGet(Reservation.NoSuchUser::new);
        });
    }

    @Override
    public Points settle(ReservationId reservation, UsageRecord record) {
        return committer.settle(new Settlement(reservation, record));
    }

    @Override
    public List<UsageRecord> usage(UserId user, int offset, int limit) {
        return jdbi.withExtension(MeteringSql.class,
                sql -> sql.usage(user.value(), Math.max(0, offset), Math.max(0, limit)))
                .stream().map(UsageRecordRow::toRecord).toList();
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
