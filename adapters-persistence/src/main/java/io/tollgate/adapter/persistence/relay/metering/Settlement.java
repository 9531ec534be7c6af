package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.relay.journal.SettlementLine;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One caller's settlement waiting for the group commit, the hold it releases (or, when {@code leased}, the lease it
 * shrinks by its charge), the capped key it counts against, and where its outcome goes.
 */
record Settlement(UsageRecord record, OptionalLong hold, boolean leased, Optional<BudgetedKey> budget,
                  CompletableFuture<Charged> charged) {

    /** What a committed settlement charged, the balance it left, and its place in commit order. */
    record Charged(Points amount, Points balanceAfter, long version) {

        /** Not committed yet: what it will charge at most, with no balance or version. */
        static Charged pending(Points most) {
            return new Charged(most, null, -1);
        }

        /** Whether this is only {@link #pending}: the outcome comes later. */
        boolean isPending() {
            return version < 0;
        }
    }

    Settlement(UsageRecord record, OptionalLong hold) {
        this(record, hold, Optional.empty());
    }

    /** With the capped key the charge counts against, in the periods the call was admitted in. */
    Settlement(UsageRecord record, OptionalLong hold, Optional<BudgetedKey> budget) {
        this(record, hold, false, budget, new CompletableFuture<>());
    }

    /** A call granted from the lease {@code lease}: its charge comes off the lease's row, which stays for its other calls. */
    static Settlement leased(UsageRecord record, long lease) {
        return new Settlement(record, OptionalLong.of(lease), true, Optional.empty(), new CompletableFuture<>());
    }

    /** The same settlement read back from the journal, with an outcome of its own. */
    static Settlement of(SettlementLine line) {
        return new Settlement(line.record(), line.hold(), line.leased(), line.budget(), new CompletableFuture<>());
    }

    /** What the journal keeps of it. */
    SettlementLine line() {
        return new SettlementLine(record, hold, leased, budget);
    }

    /** Lets the batch release what this settlement's hold held: the hold's row, or its charge off the lease's row. */
    void release(SettlementWrites writes, Points charged) {
        hold.ifPresent(id -> {
            if (leased) {
                writes.shrink(id, charged);
            } else {
                writes.release(id);
            }
        });
    }
}
