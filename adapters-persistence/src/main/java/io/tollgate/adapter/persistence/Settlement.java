package io.tollgate.adapter.persistence;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.util.concurrent.CompletableFuture;

/** One caller's settlement waiting for the group commit, and where its outcome goes. */
record Settlement(UsageRecord record, CompletableFuture<Charged> charged) {

    /** What a committed settlement charged, the balance it left, and its place in commit order. */
    record Charged(Points amount, Points balanceAfter, long version) {}

    Settlement(UsageRecord record) {
        this(record, new CompletableFuture<>());
    }
}
