package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.relay.Usage;
import java.util.Optional;

/** Usage between the two wire formats: chat's {@code prompt_tokens}… and the Responses API's {@code input_tokens}…. */
final class ResponsesUsage {

    private ResponsesUsage() {}

    /**
     * A chat usage object in the Responses shape; cached input tokens from OpenAI's {@code prompt_tokens_details} or
     * DeepSeek-style {@code prompt_cache_hit_tokens}, reasoning tokens from {@code completion_tokens_details}.
     */
    static ObjectNode fromChat(JsonNode chat) {
        long input = count(chat.path("prompt_tokens"));
        long output = count(chat.path("completion_tokens"));
        long cached = chat.path("prompt_tokens_details").has("cached_tokens")
                ? count(chat.path("prompt_tokens_details").path("cached_tokens")) : count(chat.path("prompt_cache_hit_tokens"));
        ObjectNode usage = ResponsesJson.object();
        usage.put("input_tokens", input);
        usage.putObject("input_tokens_details").put("cached_tokens", cached);
        usage.put("output_tokens", output);
        usage.putObject("output_tokens_details").put("reasoning_tokens", count(chat.path("completion_tokens_details").path("reasoning_tokens")));
        usage.put("total_tokens", input + output);
        return usage;
    }

    /** A Responses usage object as what the call is billed on; empty when there is none. */
    static Optional<Usage> of(JsonNode usage) {
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Usage(count(usage.path("input_tokens")), count(usage.path("output_tokens")), false));
    }

    private static long count(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() ? Math.max(0, value.asLong()) : 0;
    }
}
