package io.tollgate.domain.billing;

/** What became of a consumption request. */
public sealed interface ChargeResult {

    record Charged(Consumption consumption) implements ChargeResult {}

    /** The idempotency key was charged before: this is that first consumption, not a new one. */
    record AlreadyCharged(Consumption consumption) implements ChargeResult {}

    /** The balance did not cover the charge: nothing was deducted and the attempt was recorded. */
    record Unpaid(UnpaidAttempt attempt) implements ChargeResult {}

    record NoSuchUser() implements ChargeResult {}
}
