package io.tollgate.adapter.provider;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/** Turns one platform response into a result: a whole reply, a stream that has begun, or a classified failure. */
final class ResponseReader {

    static final int MAX_ERROR_BODY = 64 * 1024;
    static final int MAX_REPLY = 32 * 1024 * 1024;

    private final Platform platform;
    private final String credential;
    private final Timeouts timeouts;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    ResponseReader(Platform platform, String credential, Timeouts timeouts, Clock clock, ScheduledExecutorService timer) {
        this.platform = platform;
        this.credential = credential;
        this.timeouts = timeouts;
        this.clock = clock;
        this.timer = timer;
    }

    /**
     * Reads what it must and ends the exchange, unless it hands it on in a stream; IO faults and timeouts while
     * reading a whole body propagate to the caller's mapping.
     */
    UpstreamResult read(Exchange exchange, boolean stream) throws IOException {
        int status = exchange.status();
        ErrorClassifier.Headers headers = exchange::header;
        if (status < 200 || status >= 300) {
            return failure(exchange);
        }
        String contentType = headers.first("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (stream && !contentType.contains("json")) {
            // An error found in the stream is one event's JSON payload, and is passed on as JSON, not as an event stream.
            ErrorClassifier.Headers payloadHeaders = name -> name.equalsIgnoreCase("content-type") ? Optional.of("application/json")
                    : headers.first(name);
            return new UpstreamResult.Streaming(
                    new SseStream(exchange, timer, timeouts.idle(),
                            new OpenAiFrames(payload -> classify(ErrorClassifier.IN_BODY, payloadHeaders, payload))));
        }
        byte[] body = Bodies.read(exchange, MAX_REPLY + 1, timeouts.idle(), timer);
        if (body.length > MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + MAX_REPLY + " bytes");
        }
        ChunkParser.Chunk reply;
        try {
            reply = ChunkParser.parse(body, 0, body.length);
        } catch (IOException malformed) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (reply.error()) {
            // Spark answers 200 with a non-zero top-level code; others may put an error object in a 200.
            return new UpstreamResult.Failed(classify(ErrorClassifier.IN_BODY, headers, body));
        }
        if (stream) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform answered a stream request with JSON");
        }
        return new UpstreamResult.Completed(body, reply.usage());
    }

    /** Reads the body of a response whose status says it failed, and classifies it. */
    UpstreamResult.Failed failure(Exchange exchange) throws IOException {
        byte[] body = Bodies.read(exchange, MAX_ERROR_BODY, timeouts.idle(), timer);
        return new UpstreamResult.Failed(classify(exchange.status(), exchange::header, body));
    }

    /**
     * Classifies an error body, keeping the credential and key-shaped strings out of the message and the body should
     * the platform echo them; the body is redacted first, so that a message cut short cannot keep half a key.
     */
    UpstreamFailure classify(int status, ErrorClassifier.Headers headers, byte[] body) {
        UpstreamFailure failure = ErrorClassifier.classify(platform, status, headers, Redacted.body(body, credential), clock.instant());
        return Redacted.failure(failure, credential);
    }
}
