package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.domain.money.Points;
import java.time.Instant;

/**
 * One lease as its node sees it: what its row still covers, what the calls it granted and that have not ended hold
 * of that, and until when it grants. It covers the calls in flight as long as what they hold stays within what the
 * row covers: each call's ceiling is held at grant, and each settlement takes what it charged off both the row (in
 * its transaction) and here (before it is sent, so this side never believes in more than the row has).
 */
final class BalanceLease {

    private final long id;
    private final Instant grantsUntil;
    private long coverMicros;
    private long heldMicros;
    private int calls;
    private boolean retired;
    private boolean released;

    BalanceLease(long id, Points amount, Instant grantsUntil) {
        this.id = id;
        this.coverMicros = amount.micros();
        this.grantsUntil = grantsUntil;
    }

    long id() {
        return id;
    }

    /** Grants a call its ceiling at {@code at}; false retires the lease (its window ended, or it has too little left). */
    synchronized boolean grant(Points ceiling, Instant at) {
        if (!retired && at.isBefore(grantsUntil) && coverMicros - heldMicros >= ceiling.micros()) {
            heldMicros += ceiling.micros();
            calls++;
            return true;
        }
        retired = true;
        return false;
    }

    /**
     * A granted call ends at {@code at} having charged at most {@code charge}: true when it was the last call of a lease
     * that grants no more, whose row its settlement then deletes.
     */
    synchronized boolean end(Points ceiling, Points charge, Instant at) {
        heldMicros -= ceiling.micros();
        coverMicros -= charge.micros();
        calls--;
        return idleAt(at);
    }

    /** Stops granting; true when no call uses the lease any more and its row is the caller's to delete. */
    synchronized boolean retire() {
        retired = true;
        return releasable();
    }

    /** Whether the lease stopped granting before {@code at} with no call in flight, its row the caller's to delete. */
    synchronized boolean idleAt(Instant at) {
        if (!at.isBefore(grantsUntil)) {
            retired = true;
        }
        return releasable();
    }

    // The row is deleted once, by whoever finds the lease retired and unused first.
    private boolean releasable() {
        if (retired && calls == 0 && !released) {
            released = true;
            return true;
        }
        return false;
    }
}
