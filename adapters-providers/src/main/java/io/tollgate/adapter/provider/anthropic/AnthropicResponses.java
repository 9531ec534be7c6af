package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.FailureReader;
import io.tollgate.adapter.provider.transport.SseStream;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import io.tollgate.adapter.provider.transport.Timeouts;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import io.tollgate.domain.relay.UpstreamFailure;

/** Turns one Anthropic response into a result: a translated reply, a translating stream, or a classified failure. */
final class AnthropicResponses {

    private final FailureReader reader;
    private final Timeouts timeouts;
    private final Clock clock;
    private final long created;
    private final Watchdogs timer;

    /** {@code reader} classifies failures for the Anthropic platform; the clock's now dates the chunks and the reply. */
    AnthropicResponses(FailureReader reader, Timeouts timeouts, Clock clock, Watchdogs timer) {
        this.reader = reader;
        this.timeouts = timeouts;
        this.clock = clock;
        this.created = clock.instant().getEpochSecond();
        this.timer = timer;
    }

    /**
     * {@code passThrough}: the caller speaks Messages and gets the platform's message and events as they are;
     * {@code jsonTool}: the tool forced for a chat response_format, whose input is the answer.
     */
    UpstreamResult read(Exchange exchange, boolean stream, boolean passThrough, Optional<String> jsonTool) throws IOException {
        if (exchange.status() < 200 || exchange.status() >= 300) {
            return reader.failure(exchange);
        }
        ErrorClassifier.Headers headers = exchange::header;
        if (stream && !headers.first("content-type").orElse("").toLowerCase(Locale.ROOT).contains("json")) {
            Function<byte[], UpstreamFailure> classify = payload -> reader.classify(ErrorClassifier.IN_BODY, headers, payload);
            return new UpstreamResult.Streaming(new SseStream(exchange, timer, timeouts, clock, passThrough
                    ? new AnthropicNativeFrames(classify) : new AnthropicFrames(new AnthropicChunks(created, jsonTool), classify)));
        }
        byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (body.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        JsonNode reply;
        try {
            reply = AnthropicRequest.JSON.readTree(body);
        } catch (IOException malformed) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (reply != null && (reply.path("type").asText().equals("error") || reply.path("error").isObject())) {
            return new UpstreamResult.Failed(reader.classify(ErrorClassifier.IN_BODY, headers, body));
        }
        if (stream) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform answered a stream request with JSON");
        }
        if (reply == null) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent an empty reply");
        }
        return (passThrough ? AnthropicNative.reply(reply, body) : AnthropicReply.translate(reply, created, jsonTool)).<UpstreamResult>map(completed -> completed)
                        .orElseGet(() -> Failures.failed(FailureClass.TRANSIENT, 502, "the platform's reply is not a message"));
    }
}
