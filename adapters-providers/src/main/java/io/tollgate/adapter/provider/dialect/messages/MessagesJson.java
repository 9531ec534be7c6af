package io.tollgate.adapter.provider.dialect.messages;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** JSON helpers of the Messages translation: exact decimals, block text, and Anthropic's SSE events. */
final class MessagesJson {

    // Exact decimals: a caller's 0.70 must reach the platform as 0.70, not as a rounded double.
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private MessagesJson() {}

    /** A string as it is, or the text blocks of an array joined. */
    static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content.isArray() ? content : JSON.createArrayNode()) {
            if (block.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(block.path("text").asText());
            }
        }
        return text.toString();
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    /** Anthropic's usage: input_tokens counts only what neither read nor wrote the prompt cache, as Anthropic's own does. */
    static ObjectNode usage(Usage usage) {
        ObjectNode node = JSON.createObjectNode().put("input_tokens", usage.uncachedInputTokens());
        if (usage.cacheWriteTokens() > 0) {
            node.put("cache_creation_input_tokens", usage.cacheWriteTokens());
        }
        if (usage.cachedReadTokens() > 0) {
            node.put("cache_read_input_tokens", usage.cachedReadTokens());
        }
        return node.put("output_tokens", usage.completionTokens());
    }

    /** One named SSE event, its {@code type} the event's name; {@code text} is what it adds to the answer. */
    static StreamEvent event(ObjectNode payload, String text, Optional<Usage> usage) {
        String frame = "event: " + payload.path("type").asText() + "\ndata: " + write(payload) + "\n\n";
        return new StreamEvent.Data(frame.getBytes(StandardCharsets.UTF_8), text, usage, false);
    }

    static String stopReason(String finishReason) {
        return switch (finishReason) {
            case "length" -> "max_tokens";
            case "tool_calls", "function_call" -> "tool_use";
            case "content_filter" -> "refusal";
            default -> "end_turn";
        };
    }
}
