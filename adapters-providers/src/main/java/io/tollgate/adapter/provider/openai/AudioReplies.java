package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.FailureReader;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.kind.ModelKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a speech or transcription reply, passed to the caller as is with its content type (speech's audio is read
 * whole, then sent on): a transcription's length from {@code duration} (verbose_json) or {@code usage.seconds}, in
 * milliseconds; a JSON error in a 200 reply and every other failure classified as chat's are.
 */
final class AudioReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FailureReader failures;
    private final Timeouts timeouts;
    private final Clock clock;
    private final Watchdogs timer;
    private final ModelKind kind;

    AudioReplies(FailureReader failures, Timeouts timeouts, Clock clock, Watchdogs timer, ModelKind kind) {
        this.failures = failures;
        this.timeouts = timeouts;
        this.clock = clock;
        this.timer = timer;
        this.kind = kind;
    }

    UpstreamResult read(Exchange exchange) throws IOException {
        if (exchange.status() < 200 || exchange.status() >= 300) {
            return failures.failure(exchange);
        }
        byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (body.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        String contentType = exchange.header("Content-Type")
                .orElse(kind == ModelKind.SPEECH ? "audio/mpeg" : "text/plain; charset=utf-8");
        if (!contentType.startsWith("application/json")) {
            String text = kind == ModelKind.SPEECH ? "" : new String(body, StandardCharsets.UTF_8);
            return new UpstreamResult.Completed(body, Optional.of(Usage.NONE), text, contentType, OptionalLong.empty());
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(body);
        } catch (IOException malformed) {
            reply = null;
        }
        if (reply == null || !reply.isObject()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        JsonNode error = reply.get("error");
        if (kind == ModelKind.SPEECH || error != null && !error.isNull() && !error.isBoolean()) {
            return new UpstreamResult.Failed(failures.classify(ErrorClassifier.IN_BODY, exchange::header, body));
        }
        return new UpstreamResult.Completed(body, Optional.of(Usage.NONE), reply.path("text").asText(""), contentType,
                millis(reply));
    }

    /** The audio's length the platform measured, in whole milliseconds rounded up. */
    private static OptionalLong millis(JsonNode reply) {
        for (JsonNode seconds : new JsonNode[] {reply.path("duration"), reply.path("usage").path("seconds")}) {
            if (seconds.isNumber() && seconds.asDouble() >= 0 && seconds.asDouble() < 1e9) {
                return OptionalLong.of((long) Math.ceil(seconds.decimalValue().movePointRight(3).doubleValue()));
            }
        }
        return OptionalLong.empty();
    }
}
