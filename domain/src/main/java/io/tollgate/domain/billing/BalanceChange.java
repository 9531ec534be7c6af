package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;

/** What became of a request to change a balance. */
public sealed interface BalanceChange {

    record Changed(Points balanceAfter) implements BalanceChange {}

    /** The change would take the balance below zero; nothing was written. */
    record WouldOverdraw(Points balance) implements BalanceChange {}

    record NoSuchUser() implements BalanceChange {}
}
