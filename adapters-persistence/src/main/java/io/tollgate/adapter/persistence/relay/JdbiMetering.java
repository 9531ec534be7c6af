package io.tollgate.adapter.persistence.relay;

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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import io.tollgate.application.support.Telemetry;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * Holds as rows in PostgreSQL, taken in groups by {@link BalanceHolds} or granted from a {@linkplain BalanceLeases
 * lease}, so nodes sharing the database see each other's, and settlements group-committed by {@link GroupCommitter}:
 * each deletes its hold (or shrinks its lease) and charges by a conditional update that cannot overdraw, in one
 * durable transaction.
 */
final class JdbiMetering implements Metering, AutoCloseable {

    private final Jdbi jdbi;
    private final GroupCommitter committer;
    private final BalanceHolds holds;
    private final BalanceLeases leases;
    /** Ids of calls granted from a lease: negative, so they never meet a hold row's id. */
    private final AtomicLong leasedCalls = new AtomicLong();
    /** Whose balance a hold holds, the capped key it counts against, and the lease it was granted from, if any. */
    private record Holder(UUID user, Optional<BudgetedKey> budget, Optional<BalanceLeases.Grant> lease) {}

    /** The holds this node took and has not settled: a hold is settled once. */
    private final Map<Long, Holder> open = new ConcurrentHashMap<>();

    private final Telemetry telemetry;
    private final Optional<SettlementJournal> journal;

    JdbiMetering(Jdbi jdbi, ConnectionFactory hotPath, Telemetry telemetry, SettlementDurability durability) {
        this(jdbi, hotPath, telemetry, durability, Optional.empty());
    }

    /** With a journal, a settlement's caller does not wait for its commit; what an earlier process left is settled first. */
    JdbiMetering(Jdbi jdbi, ConnectionFactory hotPath, Telemetry telemetry, SettlementDurability durability,
                 Optional<SettlementJournal> journal) {
        this.jdbi = jdbi;
        this.telemetry = telemetry;
        this.journal = journal;
        this.committer = new GroupCommitter(jdbi, hotPath, telemetry, durability, journal);
        journal.ifPresent(j -> JournalReplay.replay(j, jdbi, committer));
        telemetry.openHolds(open::size);
        this.holds = new BalanceHolds(jdbi, hotPath);
        this.leases = new BalanceLeases(hotPath);
    }

    @Override
    public Reservation reserve(UserId user, Optional<BudgetedKey> key, Points estimate, Instant at) {
        if (estimate.isNegative()) {
            throw new IllegalArgumentException("an estimate cannot be negative");
        }
        Optional<BalanceLeases.Grant> leased = leases.grant(user.value(), key.map(k -> k.key().value()), estimate, at);
        if (leased.isPresent()) {
            long id = -leasedCalls.incrementAndGet();
            open.put(id, new Holder(user.value(), Optional.empty(), leased));
            telemetry.hold("held");
            return new Reservation.Held(new ReservationId(id), estimate);
        }
        BalanceHolds.Decision decision = holds.hold(user.value(), estimate, at, at.plus(HOLD_LIFETIME), key);
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

    @Override
    public Points settle(ReservationId reservation, UsageRecord record) {
        Holder holder = open.remove(reservation.value());
        if (holder == null) {
            throw new IllegalStateException("no such reservation: " + reservation.value());
        }
        if (!record.user().map(user -> user.value().equals(holder.user())).orElse(false)) {
            open.put(reservation.value(), holder);
            throw new IllegalArgumentException("reservation " + reservation.value() + " holds another user's balance");
        }
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

    private void afterFailure(Settlement settlement, Holder holder, RuntimeException failed) {
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
        releaseAll(leases.idle(now));
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
        holds.close();
        leases.close();
        committer.close();
        journal.ifPresent(SettlementJournal::close);
        try {
            releaseAll(leases.retireAll());
        } catch (RuntimeException databaseAway) {
            // the leases lapse by themselves after HOLD_LIFETIME
        }
    }
}
