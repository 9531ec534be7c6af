package io.tollgate.adapter.persistence.relay;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/** One caller's settlement waiting for the group commit, the hold it releases, and where its outcome goes. */
record Settlement(UsageRecord record, OptionalLong hold, CompletableFuture<Charged> charged) {

    /** What a committed settlement charged, the balance it left, and its place in commit order. */
    record Charged(Points amount, Points balanceAfter, long version) {}

    Settlement(UsageRecord record, OptionalLong hold) {
        this(record, hold, new CompletableFuture<>());
    }
}
