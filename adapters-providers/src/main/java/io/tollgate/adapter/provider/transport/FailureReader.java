package io.tollgate.adapter.provider.transport;

import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.time.Clock;

/** Reads and classifies a platform's error reply, keeping the credential out of what it passes on. */
public final class FailureReader {

    private final Platform platform;
    private final String credential;
    private final Timeouts timeouts;
    private final Clock clock;
    private final Watchdogs timer;

    public FailureReader(Platform platform, String credential, Timeouts timeouts, Clock clock, Watchdogs timer) {
        this.platform = platform;
        this.credential = credential;
        this.timeouts = timeouts;
        this.clock = clock;
        this.timer = timer;
    }

    /** Reads the body of a response whose status says it failed, and classifies it. */
    public UpstreamResult.Failed failure(Exchange exchange) throws IOException {
        byte[] body = Bodies.read(exchange, Bodies.MAX_ERROR_BODY, timeouts.idleFrom(clock.instant()), timer);
        return new UpstreamResult.Failed(classify(exchange.status(), exchange::header, body));
    }

    /**
     * Classifies an error body, keeping the credential and key-shaped strings out of the message and the body should
     * the platform echo them; the body is redacted first, so that a message cut short cannot keep half a key.
     */
    public UpstreamFailure classify(int status, ErrorClassifier.Headers headers, byte[] body) {
        UpstreamFailure failure = ErrorClassifier.classify(platform, status, headers, Redacted.body(body, credential), clock.instant());
        return Redacted.failure(failure, credential);
    }
}
