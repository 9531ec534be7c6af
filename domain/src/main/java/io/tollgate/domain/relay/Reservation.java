package io.tollgate.domain.relay;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;

/** What asking to hold an estimate against a user's balance gave. */
public sealed interface Reservation {

    /** The estimate is held under this id until the call settles or the hold expires. */
    record Held(ReservationId id, Points amount) implements Reservation {}

    /** The available balance (balance minus what other calls hold) is below the estimate; nothing held. */
    record Insufficient(Points available) implements Reservation {}

    /** The user does not exist (any more); nothing held. */
    record NoSuchUser() implements Reservation {}

    /** The key's {@code period} cap is spent (or held by calls in flight); nothing held. */
    record OverBudget(BudgetPeriod period, Points cap) implements Reservation {}
}
