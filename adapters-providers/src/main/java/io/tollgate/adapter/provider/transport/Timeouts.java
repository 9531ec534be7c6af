package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.relay.AttemptLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * How long to wait to connect, for the response headers, and between two stream events (or for a whole body); accounts
 * may override each. Nothing waits past {@code deadline}, the caller's request deadline.
 */
public record Timeouts(Duration connect, Duration headers, Duration idle, Instant deadline) {

    public static final Timeouts DEFAULTS = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120));

    public Timeouts {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** With no deadline. */
    public Timeouts(Duration connect, Duration headers, Duration idle) {
        this(connect, headers, idle, Instant.MAX);
    }

    /** For one attempt: its first-byte and idle waits unless the account sets its own, and none past the request's deadline. */
    public Timeouts forAttempt(AttemptLimits limits, Map<String, String> options, Instant now) {
        Timeouts own = new Timeouts(connect, limits.firstByte(), limits.idle(), limits.deadline()).overriddenBy(options);
        // Whole seconds: the shared clients are kept per connect timeout, so their number must stay small.
        Duration connectWait = Duration.ofSeconds((limits.capped(own.connect, now).toMillis() + 999) / 1000);
        return new Timeouts(connectWait, limits.capped(own.headers, now), own.idle, limits.deadline());
    }

    /** How long the next read may wait from {@code now}: the idle timeout, cut so that it ends by the deadline. */
    public Duration idleFrom(Instant now) {
        return new AttemptLimits(headers, idle, deadline).capped(idle, now);
    }

    public Timeouts overriddenBy(Map<String, String> options) {
        return new Timeouts(millis(options, "connectTimeoutMs", connect), millis(options, "timeoutMs", headers),
                millis(options, "idleTimeoutMs", idle), deadline);
    }

    private static Duration millis(Map<String, String> options, String key, Duration fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long ms = Long.parseLong(value.trim());
            return ms > 0 ? Duration.ofMillis(ms) : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
