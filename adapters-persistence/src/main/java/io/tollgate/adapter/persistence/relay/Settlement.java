package io.tollgate.adapter.persistence.relay;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One caller's settlement waiting for the group commit, the hold it releases, the capped key it counts against, and
 * where its outcome goes.
 */
record Settlement(UsageRecord record, OptionalLong hold, Optional<BudgetedKey> budget, CompletableFuture<Charged> charged) {

    /** What a committed settlement charged, the balance it left, and its place in commit order. */
    record Charged(Points amount, Points balanceAfter, long version) {}

    Settlement(UsageRecord record, OptionalLong hold) {
        this(record, hold, Optional.empty());
    }

    /** With the capped key the charge counts against, in the periods the call was admitted in. */
    Settlement(UsageRecord record, OptionalLong hold, Optional<BudgetedKey> budget) {
        this(record, hold, budget, new CompletableFuture<>());
    }
}
