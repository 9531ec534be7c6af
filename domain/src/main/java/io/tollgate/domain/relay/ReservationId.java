package io.tollgate.domain.relay;

/** A hold on part of a user's balance for one call. */
public record ReservationId(long value) {}
