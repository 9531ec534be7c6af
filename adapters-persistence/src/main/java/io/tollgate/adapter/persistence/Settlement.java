package io.tollgate.adapter.persistence;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.ReservationId;
import io.tollgate.domain.relay.UsageRecord;
import java.util.concurrent.CompletableFuture;

/** One caller's settlement waiting for the group commit, and where its charged amount goes. */
record Settlement(ReservationId reservation, UsageRecord record, CompletableFuture<Points> charged) {

    Settlement(ReservationId reservation, UsageRecord record) {
        this(reservation, record, new CompletableFuture<>());
    }
}
