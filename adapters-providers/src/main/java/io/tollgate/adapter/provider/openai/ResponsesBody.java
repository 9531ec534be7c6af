package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.errors.Failures;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;

/** A Responses API body on its way to OpenAI and the Response on its way back: the model, the output bound, the usage. */
final class ResponsesBody {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ResponsesBody() {}

    /** The caller's body with the upstream model and {@code max_output_tokens} within the bound; empty when not an object. */
    static Optional<ObjectNode> rewrite(UpstreamRequest request) {
        ObjectNode body;
        try {
            if (!(JSON.readTree(request.body()) instanceof ObjectNode object)) {
                return Optional.empty();
            }
            body = object;
        } catch (IOException notJson) {
            return Optional.empty();
        }
        body.put("model", request.upstreamModel());
        JsonNode asked = body.path("max_output_tokens");
        OptionalLong limit = request.outputLimit(asked.isIntegralNumber() && asked.asLong() > 0 ? OptionalLong.of(asked.asLong())
                : OptionalLong.empty());
        limit.ifPresent(bound -> body.put("max_output_tokens", bound));
        body.put("stream", request.stream());
        return Optional.of(body);
    }

    /** The model the caller named, before the upstream name replaces it. */
    static String askedModel(UpstreamRequest request) {
        try {
            return JSON.readTree(request.body()).path("model").asText(request.upstreamModel());
        } catch (IOException notJson) {
            return request.upstreamModel();
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    /** A whole Response, billed on its usage and summarised by its output text. */
    static UpstreamResult completed(byte[] reply) {
        JsonNode response;
        try {
            response = JSON.readTree(reply);
        } catch (IOException malformed) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform sent a malformed reply");
        }
        if (response == null || !response.isObject() || !response.path("error").isNull() && !response.path("error").isMissingNode()) {
            return Failures.failed(FailureClass.TRANSIENT, 502, "the platform's reply is not a completed response");
        }
        return new UpstreamResult.Completed(reply, usage(response.path("usage")), text(response.path("output")));
    }

    /** A Responses usage object ({@code input_tokens} with its cached part, {@code output_tokens}) as what the call is billed on. */
    static Optional<Usage> usage(JsonNode usage) {
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(Usage.reported(usage.path("input_tokens").asLong(), usage.path("output_tokens").asLong(),
                usage.path("input_tokens_details").path("cached_tokens").asLong(), 0));
    }

    private static String text(JsonNode output) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : output) {
            for (JsonNode part : item.path("content")) {
                text.append(part.path("text").asText(""));
            }
            text.append(item.path("arguments").asText(""));
        }
        return text.toString();
    }
}
