package io.tollgate.domain.account.breaker;

import java.time.Instant;
import java.util.Objects;

/**
 * One account's circuit breaker on one node. CLOSED lets calls through; OPEN refuses them until {@code openUntil};
 * HALF_OPEN lets one probe through. {@code generation} changes with every change of state: an attempt keeps the
 * generation it was admitted in, and its outcome counts only if the breaker has not changed since (so calls that
 * were already in flight when it opened do not count again). {@code openings} is the run of openings without a
 * successful probe, which doubles the cool-down.
 */
public record Breaker(State state, int failures, int openings, Instant openUntil, long generation, boolean probing,
                      String reason) {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final Breaker CLOSED = new Breaker(State.CLOSED, 0, 0, Instant.MIN, 0, false, "");

    public Breaker {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openUntil, "openUntil");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether a call may go to the account now: closed, a cool-down that is over, or a half-open breaker with no probe out. */
    public boolean admits(Instant now) {
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> !now.isBefore(openUntil);
            case HALF_OPEN -> !probing;
        };
    }
}
