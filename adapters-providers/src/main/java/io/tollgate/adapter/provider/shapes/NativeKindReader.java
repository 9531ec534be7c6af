package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.errors.ErrorClassifier;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads a native platform's embeddings or rerank reply: errors (with any status, a 200 included) classified as its chat
 * errors are, so failover and the breaker treat them alike; an answer translated into OpenAI's or Jina's shape, its
 * input tokens taken from the translation's {@code usage.prompt_tokens}.
 */
public final class NativeKindReader {

    /** The platform's answer in the caller's shape, or empty when it holds none. */
    public interface Translation {
        Optional<ObjectNode> reply(JsonNode answer);
    }

    private final NativeDialect dialect;
    private final NativeReader errors;
    private final Timeouts timeouts;
    private final Clock clock;
    private final Watchdogs timer;

    public NativeKindReader(NativeDialect dialect, String credential, String model, Timeouts timeouts, Clock clock,
                            Watchdogs timer) {
        this.dialect = dialect;
        this.errors = new NativeReader(dialect, credential, model, timeouts, clock, timer);
        this.timeouts = timeouts;
        this.clock = clock;
        this.timer = timer;
    }

    public UpstreamResult read(Exchange exchange, Translation translation) throws IOException {
        int status = exchange.status();
        ErrorClassifier.Headers headers = exchange::header;
        if (status < 200 || status >= 300) {
            byte[] body = Bodies.read(exchange, Bodies.MAX_ERROR_BODY, timeouts.idleFrom(clock.instant()), timer);
            return new UpstreamResult.Failed(errors.classify(status, headers, body));
        }
        byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (body.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        JsonNode answer;
        try {
            answer = OpenAiShapes.JSON.readTree(body);
        } catch (IOException malformed) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (dialect.isError(answer)) {
            return new UpstreamResult.Failed(errors.classify(ErrorClassifier.IN_BODY, headers, body));
        }
        Optional<ObjectNode> reply = translation.reply(answer);
        if (reply.isEmpty()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform's reply holds no answer");
        }
        long tokens = OpenAiShapes.count(reply.get().path("usage").path("prompt_tokens"));
        return new UpstreamResult.Completed(reply.get().toString().getBytes(StandardCharsets.UTF_8),
                Optional.of(new Usage(tokens, 0, false)), "");
    }
}
