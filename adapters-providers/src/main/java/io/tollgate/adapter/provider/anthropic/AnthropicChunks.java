package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Translates one Anthropic message stream, event by event, into OpenAI {@code chat.completion.chunk} events. */
final class AnthropicChunks {

    private final long created;
    private String id = "";
    private String model = "";
    private Usage usage = Usage.NONE;
    private boolean roleSent;
    // Anthropic numbers all content blocks; OpenAI numbers tool calls alone, from 0.
    private final Map<Integer, Integer> toolCalls = new HashMap<>();
    private final Optional<String> jsonTool;
    private final Set<Integer> jsonBlocks = new HashSet<>();

    /** {@code jsonTool}: the tool forced for a response_format, whose input streams out as the content. */
    AnthropicChunks(long created, Optional<String> jsonTool) {
        this.created = created;
        this.jsonTool = jsonTool;
    }

    /** The events one Anthropic event becomes: none (message_start, ping, block stops), one, or the usage chunk and Done at the end. */
    List<StreamEvent> on(JsonNode event) {
        return switch (event.path("type").asText("")) {
            case "message_start" -> start(event.path("message"));
            case "content_block_start" -> blockStart(event.path("index").asInt(-1), event.path("content_block"));
            case "content_block_delta" -> blockDelta(event.path("index").asInt(-1), event.path("delta"));
            case "message_delta" -> {
                usage = AnthropicReply.usage(event.path("usage"), usage);
                yield List.of(data(delta(), AnthropicReply.finishReason(event.path("delta").path("stop_reason").asText(""), jsonTool.isPresent()), ""));
            }
            case "message_stop" -> List.of(usageChunk(), new StreamEvent.Done());
            default -> List.of();
        };
    }

    private List<StreamEvent> start(JsonNode message) {
        id = message.path("id").asText("");
        model = message.path("model").asText("");
        usage = AnthropicReply.usage(message.path("usage"), Usage.NONE);
        // Nothing to the caller yet: the relay commits to a 200 on the first chunk, and Anthropic's overloaded_error often
        // comes right after message_start; the role goes out with the first real delta instead.
        return List.of();
    }

    private List<StreamEvent> blockStart(int index, JsonNode block) {
        if (block.path("type").asText("").equals("tool_use") && jsonTool.isPresent() && jsonTool.get().equals(block.path("name").asText())) {
            jsonBlocks.add(index);
            return List.of();
        }
        return switch (block.path("type").asText("")) {
            case "tool_use" -> {
                int call = toolCalls.size();
                toolCalls.put(index, call);
                ObjectNode delta = delta();
                delta.putArray("tool_calls").addObject().put("index", call).put("id", block.path("id").asText(""))
                        .put("type", "function").putObject("function").put("name", block.path("name").asText("")).put("arguments", "");
                yield List.of(data(delta, null, ""));
            }
            case "text" -> text("content", block.path("text").asText(""));
            case "thinking" -> text("reasoning_content", block.path("thinking").asText(""));
            default -> List.of();
        };
    }

    private List<StreamEvent> blockDelta(int index, JsonNode delta) {
        if (jsonBlocks.contains(index)) {
            return text("content", delta.path("partial_json").asText(""));
        }
        return switch (delta.path("type").asText("")) {
            case "text_delta" -> text("content", delta.path("text").asText(""));
            case "thinking_delta" -> text("reasoning_content", delta.path("thinking").asText(""));
            case "input_json_delta" -> {
                Integer call = toolCalls.get(index);
                String arguments = delta.path("partial_json").asText("");
                if (call == null || arguments.isEmpty()) {
                    yield List.of();
                }
                ObjectNode out = delta();
                out.putArray("tool_calls").addObject().put("index", call).putObject("function").put("arguments", arguments);
                yield List.of(data(out, null, arguments));
            }
            default -> List.of();
        };
    }

    private List<StreamEvent> text(String field, String text) {
        return text.isEmpty() ? List.of() : List.of(data(delta().put(field, text), null, text));
    }

    /** A delta that says the role the first time, as OpenAI's first chunk does. */
    private ObjectNode delta() {
        ObjectNode delta = AnthropicRequest.JSON.createObjectNode();
        if (!roleSent) {
            roleSent = true;
            delta.put("role", "assistant");
        }
        return delta;
    }

    private StreamEvent data(ObjectNode delta, String finishReason, String text) {
        ObjectNode chunk = head();
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        // OpenAI clients read "" as a finish; only null means the choice goes on.
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return new StreamEvent.Data(frame(chunk), text, Optional.empty(), false);
    }

    private StreamEvent usageChunk() {
        ObjectNode chunk = head();
        chunk.putArray("choices");
        chunk.set("usage", OpenAiShapes.usage(usage));
        return new StreamEvent.Data(frame(chunk), "", Optional.of(usage), true);
    }

    private ObjectNode head() {
        return AnthropicRequest.JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk")
                .put("created", created).put("model", model);
    }

    private static byte[] frame(ObjectNode chunk) {
        try {
            return ("data: " + AnthropicRequest.JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }
}
