package io.tollgate.domain.relay;

import io.tollgate.domain.money.Points;

/** What asking to hold an estimate against a user's balance gave. */
public sealed interface Reservation {

    record Held(ReservationId id, Points amount) implements Reservation {}

    /** The available balance (balance minus what other calls hold) is below the estimate; nothing held. */
    record Insufficient(Points available) implements Reservation {}

    record NoSuchUser() implements Reservation {}
}
