package io.tollgate.domain.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Tollgate's bounds on one attempt: how long to wait for the response to begin, the longest pause between two stream
 * events (or while a whole reply arrives), and the request's deadline, past which nothing waits.
 */
public record AttemptLimits(Duration firstByte, Duration idle, Instant deadline) {

    /** The platform defaults and no deadline: for calls outside a caller's request, such as an admin's check of an account. */
    public static final AttemptLimits NONE = new AttemptLimits(Duration.ofSeconds(60), Duration.ofSeconds(120), Instant.MAX);

    private static final Duration SHORTEST = Duration.ofMillis(1);

    public AttemptLimits {
        Objects.requireNonNull(firstByte, "firstByte");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * {@code wait}, cut so that it ends at the deadline: in whole milliseconds rounded up, so that a timer set to it fires
     * no earlier than the deadline, and at least one, so that a timer can still be set.
     */
    public Duration capped(Duration wait, Instant now) {
        if (!now.isBefore(deadline)) {
            return SHORTEST;
        }
        Duration left = Duration.between(now, deadline);
        return left.compareTo(wait) < 0 ? Duration.ofMillis((left.toNanos() + 999_999) / 1_000_000) : wait;
    }
}
