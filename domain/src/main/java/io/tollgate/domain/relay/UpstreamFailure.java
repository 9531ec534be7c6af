package io.tollgate.domain.relay;

import io.tollgate.domain.account.FailureClass;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A classified upstream failure. For CLIENT failures the status, content type and body go back to the
 * caller untouched; for the others the message is what the account's status reason records.
 */
public record UpstreamFailure(FailureClass failureClass, int status, String message, Optional<Duration> retryAfter,
                              String contentType, byte[] body) {

    public UpstreamFailure {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(body, "body");
    }

    /** A failure with no body worth passing on (timeouts, refused connections, broken streams). */
    public static UpstreamFailure of(FailureClass failureClass, int status, String message) {
        return new UpstreamFailure(failureClass, status, message, Optional.empty(), "application/json", new byte[0]);
    }
}
