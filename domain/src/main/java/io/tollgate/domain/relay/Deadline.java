package io.tollgate.domain.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** When a request must have its answer: what is left of it, and how long one attempt may wait for its first byte. */
public record Deadline(Instant end) {

    public Deadline {
        Objects.requireNonNull(end, "end");
    }

    public static Deadline after(Instant start, Duration budget) {
        return new Deadline(start.plus(budget));
    }

    public boolean passed(Instant now) {
        return !now.isBefore(end);
    }

    /** The time left, never negative. */
    public Duration remaining(Instant now) {
        return passed(now) ? Duration.ZERO : Duration.between(now, end);
    }

    /**
     * The configured first-byte wait, cut to an equal share of what is left for each attempt still to come, so that a
     * hung account cannot use up the time the failover to the next one needs.
     */
    public Duration firstByteWait(Duration configured, int attemptsLeft, Instant now) {
        Duration share = remaining(now).dividedBy(Math.max(1, attemptsLeft));
        return share.compareTo(configured) < 0 ? share : configured;
    }
}
