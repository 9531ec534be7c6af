package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.errors.ErrorBody;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.Redacted;
import io.tollgate.adapter.provider.transport.SseStream;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

/** Turns a native platform's response into an OpenAI-format result: a whole reply, a stream, or a classified failure. */
public final class NativeReader {

    private final NativeDialect dialect;
    private final String credential;
    private final String model;
    private final Timeouts timeouts;
    private final Clock clock;
    private final Watchdogs timer;

    public NativeReader(NativeDialect dialect, String credential, String model, Timeouts timeouts, Clock clock, Watchdogs timer) {
        this.dialect = dialect;
        this.credential = credential;
        this.model = model;
        this.timeouts = timeouts;
        this.clock = clock;
        this.timer = timer;
    }

    public UpstreamResult read(Exchange exchange, boolean stream) throws IOException {
        int status = exchange.status();
        ErrorClassifier.Headers headers = exchange::header;
        if (status < 200 || status >= 300) {
            byte[] body = Bodies.read(exchange, Bodies.MAX_ERROR_BODY, timeouts.idleFrom(clock.instant()), timer);
            return new UpstreamResult.Failed(classify(status, headers, body));
        }
        String contentType = headers.first("content-type").orElse("").toLowerCase(Locale.ROOT);
        if (stream && !contentType.contains("json")) {
            return new UpstreamResult.Streaming(new SseStream(exchange, timer, timeouts, clock,
                    dialect.frames(model, clock.instant(), payload -> classify(ErrorClassifier.IN_BODY, headers, payload))));
        }
        byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (body.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        JsonNode reply;
        try {
            reply = OpenAiShapes.JSON.readTree(body);
        } catch (IOException malformed) {
            reply = null;
        }
        if (reply == null || !reply.isObject()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (dialect.isError(reply)) {
            // These platforms may report an error with a 200: it must never pass for an empty completion.
            return new UpstreamResult.Failed(classify(ErrorClassifier.IN_BODY, headers, body));
        }
        if (stream) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform answered a stream request with JSON");
        }
        return dialect.completion(reply, model, clock.instant()).<UpstreamResult>map(completed -> completed)
                .orElseGet(() -> Failures.failed(FailureClass.TRANSIENT, 502, "the platform's reply holds no answer"));
    }

    /** Classified as the platform means it; a CLIENT failure's body is rewritten in OpenAI's shape for the caller. */
    UpstreamFailure classify(int status, ErrorClassifier.Headers headers, byte[] body) {
        byte[] redacted = Redacted.body(body, credential);
        UpstreamFailure failure = Redacted.failure(
                ErrorClassifier.classify(dialect.platform(), status, headers, redacted, clock.instant()), credential);
        String message = failure.message();
        if (failure.failureClass() != FailureClass.CLIENT) {
            return new UpstreamFailure(failure.failureClass(), failure.status(), message, failure.retryAfter(),
                    failure.contentType(), failure.body());
        }
        return new UpstreamFailure(FailureClass.CLIENT, failure.status(), message, failure.retryAfter(), "application/json",
                OpenAiShapes.error(message, "invalid_request_error", ErrorBody.parse(redacted).code()));
    }
}
