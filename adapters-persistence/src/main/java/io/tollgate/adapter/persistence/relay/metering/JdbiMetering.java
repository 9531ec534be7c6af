package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.database.SettlementDurability;
import io.tollgate.adapter.persistence.relay.journal.SettlementJournal;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import io.tollgate.application.support.Telemetry;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * Reservations kept by {@link OpenReservations} (hold rows in PostgreSQL, or grants from a lease, so nodes sharing the
 * database see each other's) and settlements group-committed by {@link GroupCommitter}: each deletes its hold (or
 * shrinks its lease) and charges by a conditional update that cannot overdraw, in one durable transaction.
 */
public final class JdbiMetering implements Metering, AutoCloseable {

    private final Jdbi jdbi;
    private final GroupCommitter committer;
    private final OpenReservations reservations;
    private final Telemetry telemetry;
    private final Optional<SettlementJournal> journal;

    JdbiMetering(Jdbi jdbi, ConnectionFactory hotPath, Telemetry telemetry, SettlementDurability durability) {
        this(jdbi, hotPath, telemetry, durability, Optional.empty());
    }

    /** With a journal, a settlement's caller does not wait for its commit; what an earlier process left is settled first. */
    public JdbiMetering(Jdbi jdbi, ConnectionFactory hotPath, Telemetry telemetry, SettlementDurability durability,
                 Optional<SettlementJournal> journal) {
        this.jdbi = jdbi.registerRowMapper(UsageRecordRow.class, UsageRecordRow::map);
        this.telemetry = telemetry;
        this.journal = journal;
        this.committer = new GroupCommitter(jdbi, hotPath, telemetry, durability, journal);
        journal.ifPresent(j -> JournalReplay.replay(j, jdbi, committer));
        this.reservations = new OpenReservations(jdbi, hotPath, telemetry);
    }

    @Override
    public Reservation reserve(UserId user, Optional<BudgetedKey> key, Points estimate, Instant at) {
        if (estimate.isNegative()) {
            throw new IllegalArgumentException("an estimate cannot be negative");
        }
        return reservations.reserve(user, key, estimate, at);
    }

    @Override
    public Points settle(ReservationId reservation, UsageRecord record) {
        OpenReservations.Holder holder = reservations.take(reservation, record.user());
        Settlement settlement = holder.lease().map(grant -> leasedSettlement(grant, record))
                .orElseGet(() -> new Settlement(record, OptionalLong.of(reservation.value()), holder.budget()));
        try {
            Settlement.Charged charged = committer.settle(settlement);
            telemetry.hold("settled");
            if (charged.isPending()) {
                // Its outcome comes after the caller has gone on: a refusal then releases the hold as below.
                settlement.charged().whenComplete((done, failure) -> {
                    if (failure != null) {
                        afterFailure(settlement, holder, new IllegalStateException("the settlement failed", failure));
                    }
                });
            }
            return charged.amount();
        } catch (RuntimeException failed) {
            afterFailure(settlement, holder, failed);
            throw failed;
        }
    }

    private void afterFailure(Settlement settlement, OpenReservations.Holder holder, RuntimeException failed) {
        // A lease's other calls still need its row; it goes with the last of them, or lapses.
        if (!settlement.leased() || holder.lease().orElseThrow().lease().retire()) {
            releaseQuietly(settlement.hold().getAsLong(), failed);
        }
    }

    /** The call's charge comes off the lease; the last call of a lease that grants no more deletes its row. */
    private static Settlement leasedSettlement(BalanceLeases.Grant grant, UsageRecord record) {
        BalanceLease lease = grant.lease();
        return lease.end(grant.ceiling(), record.cost(), record.at())
                ? new Settlement(record, OptionalLong.of(lease.id()), Optional.empty())
                : Settlement.leased(record, lease.id());
    }

    /** After a failed settlement the call is over: its hold should not block the balance until it lapses. */
    private void releaseQuietly(long hold, RuntimeException failed) {
        try {
            jdbi.useExtension(MeteringSql.class, sql -> sql.release(hold));
        } catch (RuntimeException databaseAway) {
            failed.addSuppressed(databaseAway);
        }
    }

    @Override
    public void recordUnbilled(UsageRecord record) {
        if (record.user().isPresent() || record.cost().isPositive()) {
            throw new IllegalArgumentException("an unbilled record has no user and costs nothing");
        }
        committer.settle(new Settlement(record, OptionalLong.empty()));
    }

    @Override
    public List<UsageRecord> usage(UserId user, int offset, int limit) {
        return jdbi.withExtension(MeteringSql.class,
                sql -> sql.usage(user.value(), Math.max(0, offset), Math.max(0, limit)))
                .stream().map(UsageRecordRow::toRecord).toList();
    }

    @Override
    public int forgetLapsedHolds(Instant now) {
        releaseAll(reservations.idleLeases(now));
        return jdbi.withExtension(MeteringSql.class, sql -> sql.forgetLapsedHolds(now));
    }

    private void releaseAll(List<Long> holds) {
        if (!holds.isEmpty()) {
            jdbi.useExtension(MeteringSql.class, sql -> sql.releaseAll(holds));
        }
    }

    /** What the user's holds not yet settled add up to, lapsed or not, on every node: for tests. */
    Points held(UserId user) {
        BigDecimal held = jdbi.withExtension(MeteringSql.class, sql -> sql.held(user.value()));
        return Points.exactly(held);
    }

    /** Transactions the group committer has begun, for tests that check settlements are grouped. */
    long settlementTransactions() {
        return committer.transactions();
    }

    @Override
    public void close() {
        reservations.close();
        committer.close();
        journal.ifPresent(SettlementJournal::close);
        try {
            releaseAll(reservations.retireAll());
        } catch (RuntimeException databaseAway) {
            // the leases lapse by themselves after HOLD_LIFETIME
        }
    }
}
