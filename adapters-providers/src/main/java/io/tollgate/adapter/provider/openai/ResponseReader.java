package io.tollgate.adapter.provider.openai;

import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.shapes.ReplyText;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.FailureReader;
import io.tollgate.adapter.provider.transport.SseStream;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Turns one platform response into a result: a whole reply, a stream that has begun, or a classified failure. */
final class ResponseReader {

    private final FailureReader failures;
    private final Timeouts timeouts;
    private final Watchdogs timer;
    private final Clock clock;

    ResponseReader(Platform platform, String credential, Timeouts timeouts, Clock clock, Watchdogs timer) {
        this.failures = new FailureReader(platform, credential, timeouts, clock, timer);
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
            return failures.failure(exchange);
        }
        String contentType = headers.first("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (stream && !contentType.contains("json")) {
            // An error found in the stream is one event's JSON payload, and is passed on as JSON, not as an event stream.
            ErrorClassifier.Headers payloadHeaders = name -> name.equalsIgnoreCase("content-type") ? Optional.of("application/json")
                    : headers.first(name);
            return new UpstreamResult.Streaming(
                    new SseStream(exchange, timer, timeouts, clock,
                            new OpenAiFrames(payload -> failures.classify(ErrorClassifier.IN_BODY, payloadHeaders, payload))));
        }
        byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (body.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        ChunkParser.Chunk reply;
        try {
            reply = ChunkParser.parse(body, 0, body.length);
        } catch (IOException malformed) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (reply.error()) {
            // Spark answers 200 with a non-zero top-level code; others may put an error object in a 200.
            return new UpstreamResult.Failed(failures.classify(ErrorClassifier.IN_BODY, headers, body));
        }
        if (stream) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform answered a stream request with JSON");
        }
        return new UpstreamResult.Completed(body, reply.usage(), ReplyText.of(body));
    }
}
