package io.tollgate.application.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay behaves: attempts per request (accounts tried before giving up), the whole request's deadline, how
 * long one attempt waits for its first byte, and the longest pause a stream may make.
 */
public record RelaySettings(int maxAttempts, Duration requestDeadline, Duration firstByteTimeout, Duration streamIdleTimeout) {

    public static final RelaySettings DEFAULT = new RelaySettings(3);

    public RelaySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        for (Duration wait : new Duration[] {requestDeadline, firstByteTimeout, streamIdleTimeout}) {
            if (Objects.requireNonNull(wait, "timeouts").isNegative() || wait.isZero()) {
                throw new IllegalArgumentException("timeouts are longer than zero");
            }
        }
    }

    /** With the default deadline (300 s), first-byte timeout (30 s) and stream idle timeout (60 s). */
    public RelaySettings(int maxAttempts) {
        this(maxAttempts, Duration.ofSeconds(300), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
