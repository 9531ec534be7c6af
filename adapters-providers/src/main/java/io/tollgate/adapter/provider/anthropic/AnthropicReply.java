package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.shapes.ReplyText;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Turns a whole Anthropic message into an OpenAI {@code chat.completion}, and holds the mappings streams share. */
final class AnthropicReply {

    private AnthropicReply() {}

    /**
     * The completion, or empty when the reply is not a message (an error is never an empty completion). A call of
     * {@code jsonTool}, the tool forced for a response_format, is the answer: its input becomes the content.
     */
    static Optional<UpstreamResult.Completed> translate(JsonNode reply, long created, Optional<String> jsonTool) {
        if (!reply.path("type").asText().equals("message") || !reply.path("content").isArray()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        StringBuilder thinking = new StringBuilder();
        ArrayNode toolCalls = AnthropicRequest.JSON.createArrayNode();
        Optional<String> json = Optional.empty();
        for (JsonNode block : reply.path("content")) {
            if (block.path("type").asText("").equals("tool_use") && jsonTool.isPresent() && jsonTool.get().equals(block.path("name").asText())) {
                json = Optional.of(json(block.path("input").isObject() ? block.path("input") : AnthropicRequest.JSON.createObjectNode()));
                continue;
            }
            switch (block.path("type").asText("")) {
                case "text" -> text.append(block.path("text").asText(""));
                case "thinking" -> thinking.append(block.path("thinking").asText(""));
                case "tool_use" -> toolCalls.addObject().put("id", block.path("id").asText("")).put("type", "function")
                        .putObject("function").put("name", block.path("name").asText(""))
                        .put("arguments", json(block.path("input").isObject() ? block.path("input") : AnthropicRequest.JSON.createObjectNode()));
                default -> { }
            }
        }
        ObjectNode completion = AnthropicRequest.JSON.createObjectNode().put("id", reply.path("id").asText(""))
                .put("object", "chat.completion").put("created", created).put("model", reply.path("model").asText(""));
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        // OpenAI's convention: a reply that only calls tools has null content.
        if (text.isEmpty() && !toolCalls.isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", json.orElse(text.toString()));
        }
        if (!thinking.isEmpty()) {
            message.put("reasoning_content", thinking.toString());
        }
        if (!toolCalls.isEmpty()) {
            message.set("tool_calls", toolCalls);
        }
        choice.putNull("logprobs").put("finish_reason", finishReason(reply.path("stop_reason").asText(""), jsonTool.isPresent()));
        Usage usage = usage(reply.path("usage"), Usage.NONE);
        completion.set("usage", OpenAiShapes.usage(usage));
        try {
            byte[] body = AnthropicRequest.JSON.writeValueAsBytes(completion);
            return Optional.of(new UpstreamResult.Completed(body, Optional.of(usage), ReplyText.of(body)));
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    /** {@code jsonAsked}: the only tool was the one forced for a response_format, so its call is the answer's end. */
    static String finishReason(String stopReason, boolean jsonAsked) {
        return switch (stopReason) {
            case "max_tokens" -> "length";
            case "tool_use" -> jsonAsked ? "stop" : "tool_calls";
            case "refusal" -> "content_filter";
            default -> "stop";
        };
    }

    /**
     * Prompt tokens count cache reads and writes too: Anthropic reports them apart from {@code input_tokens}, and so
     * does the usage, to price them on their own. A count the event leaves out keeps its value from {@code earlier}
     * (a stream's {@code message_delta} may carry only the output).
     */
    static Usage usage(JsonNode usage, Usage earlier) {
        long uncached = count(usage, "input_tokens", earlier.uncachedInputTokens());
        long reads = count(usage, "cache_read_input_tokens", earlier.cachedReadTokens());
        long writes = count(usage, "cache_creation_input_tokens", earlier.cacheWriteTokens());
        return Usage.reported(uncached + reads + writes, count(usage, "output_tokens", earlier.completionTokens()), reads, writes);
    }

    static String json(JsonNode node) {
        try {
            return AnthropicRequest.JSON.writeValueAsString(node);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    private static long count(JsonNode usage, String field, long otherwise) {
        return usage.path(field).canConvertToLong() ? Math.max(0, usage.path(field).asLong()) : otherwise;
    }
}
