package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads an embeddings or rerank reply, passed to the caller as is: its input tokens from {@code usage.prompt_tokens}
 * or {@code usage.total_tokens} (OpenAI, Jina), or none from a reply billed in Cohere's search units (the model's
 * price per call pays for it); failures classified as chat's are.
 */
final class KindReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FailureReader failures;
    private final Timeouts timeouts;
    private final Clock clock;
    private final Watchdogs timer;

    KindReplies(FailureReader failures, Timeouts timeouts, Clock clock, Watchdogs timer) {
        this.failures = failures;
        this.timeouts = timeouts;
        this.clock = clock;
        this.timer = timer;
    }

    UpstreamResult read(Exchange exchange) throws IOException {
        if (exchange.status() < 200 || exchange.status() >= 300) {
            return failures.failure(exchange);
        }
        byte[] body = Bodies.read(exchange, Bodies.MAX_REPLY + 1, timeouts.idleFrom(clock.instant()), timer);
        if (body.length > Bodies.MAX_REPLY) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the reply is larger than " + Bodies.MAX_REPLY + " bytes");
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(body);
        } catch (IOException malformed) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (reply == null || !reply.isObject()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        JsonNode error = reply.get("error");
        if (error != null && !error.isNull() && !error.isBoolean() || reply.path("code").canConvertToLong() && reply.path("code").asLong() != 0) {
            return new UpstreamResult.Failed(failures.classify(ErrorClassifier.IN_BODY, exchange::header, body));
        }
        return new UpstreamResult.Completed(jinaDocuments(reply).orElse(body), usage(reply), "");
    }

    /** GLM and Qianfan v2 send each ranked document as a bare string; Jina's shape, which callers read, wraps it in {@code {text}}. */
    private static Optional<byte[]> jinaDocuments(JsonNode reply) {
        boolean bare = false;
        for (JsonNode result : reply.path("results")) {
            if (result.path("document").isTextual() && result instanceof ObjectNode entry) {
                String text = entry.get("document").asText();
                entry.putObject("document").put("text", text);
                bare = true;
            }
        }
        return bare ? Optional.of(reply.toString().getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static Optional<Usage> usage(JsonNode reply) {
        JsonNode usage = reply.path("usage");
        for (String field : new String[] {"prompt_tokens", "total_tokens"}) {
            if (usage.path(field).canConvertToLong() && usage.path(field).isIntegralNumber()) {
                return Optional.of(new Usage(Math.max(0, usage.path(field).asLong()), 0, false));
            }
        }
        if (reply.path("meta").path("billed_units").has("search_units")) {
            return Optional.of(Usage.NONE);
        }
        return Optional.empty();
    }
}
