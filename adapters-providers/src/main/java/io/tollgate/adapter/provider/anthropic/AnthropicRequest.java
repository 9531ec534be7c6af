package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OutputLimit;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.util.Optional;

/** Turns the caller's OpenAI chat body into an Anthropic Messages body. */
final class AnthropicRequest {

    static final int DEFAULT_MAX_TOKENS = 4096;
    // Exact decimals: a caller's 0.70 must reach the platform as 0.70, not as a rounded double.
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private AnthropicRequest() {}

    /** The Anthropic body, or empty when the caller's body is not a JSON object with a messages array. */
    static Optional<byte[]> translate(UpstreamRequest request) {
        JsonNode root;
        try {
            root = JSON.readTree(request.body());
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (!(root instanceof ObjectNode body) || !body.path("messages").isArray()) {
            return Optional.empty();
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("model", request.upstreamModel());
        AnthropicMessages messages = new AnthropicMessages();
        body.path("messages").forEach(messages::add);
        messages.system().ifPresent(system -> out.put("system", system));
        out.set("messages", messages.messages());
        out.put("max_tokens", OutputLimit.of(request, body).orElse(DEFAULT_MAX_TOKENS));
        stopSequences(body.path("stop")).ifPresent(stops -> out.set("stop_sequences", stops));
        for (String passed : new String[] {"temperature", "top_p", "top_k"}) {
            if (body.path(passed).isNumber()) {
                out.set(passed, body.path(passed));
            }
        }
        tools(body.path("tools")).ifPresent(tools -> out.set("tools", tools));
        toolChoice(body).ifPresent(choice -> out.set("tool_choice", choice));
        AnthropicJsonFormat.force(body, out);
        if (body.path("user").isTextual()) {
            out.putObject("metadata").put("user_id", body.path("user").asText());
        }
        out.put("stream", request.stream());
        try {
            return Optional.of(JSON.writeValueAsBytes(out));
        } catch (IOException cannotHappenForATree) {
            return Optional.empty();
        }
    }

    /** Why the caller's body cannot be carried to Anthropic, when it cannot (a response_format is refused rather than dropped). */
    static Optional<String> refusal(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return root == null ? Optional.empty() : AnthropicJsonFormat.refusal(root);
    }

    private static Optional<ArrayNode> stopSequences(JsonNode stop) {
        ArrayNode stops = JSON.createArrayNode();
        if (stop.isTextual()) {
            stops.add(stop.asText());
        } else if (stop.isArray()) {
            stop.forEach(value -> {
                if (value.isTextual()) {
                    stops.add(value.asText());
                }
            });
        }
        return stops.isEmpty() ? Optional.empty() : Optional.of(stops);
    }

    private static Optional<ArrayNode> tools(JsonNode tools) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode tool : tools) {
            JsonNode function = tool.path("function");
            if (!function.path("name").isTextual()) {
                continue;
            }
            ObjectNode translated = out.addObject().put("name", function.path("name").asText());
            if (function.path("description").isTextual()) {
                translated.put("description", function.path("description").asText());
            }
            if (function.path("parameters").isObject()) {
                translated.set("input_schema", function.path("parameters"));
            } else {
                translated.putObject("input_schema").put("type", "object").putObject("properties");
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static Optional<ObjectNode> toolChoice(ObjectNode body) {
        JsonNode choice = body.path("tool_choice");
        ObjectNode out = JSON.createObjectNode();
        if (choice.isTextual()) {
            out.put("type", switch (choice.asText()) {
                case "required" -> "any";
                case "none" -> "none";
                default -> "auto";
            });
        } else if (choice.path("function").path("name").isTextual()) {
            out.put("type", "tool").put("name", choice.path("function").path("name").asText());
        } else if (body.path("parallel_tool_calls").asBoolean(true) || !body.path("tools").isArray()) {
            return Optional.empty();
        } else {
            out.put("type", "auto");
        }
        if (!body.path("parallel_tool_calls").asBoolean(true) && !out.path("type").asText().equals("none")) {
            out.put("disable_parallel_tool_use", true);
        }
        return Optional.of(out);
    }
}
