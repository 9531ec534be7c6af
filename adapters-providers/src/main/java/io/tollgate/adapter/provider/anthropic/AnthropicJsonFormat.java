package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chat {@code response_format} asking for JSON, carried to Anthropic, whose Messages API has no such field, as one
 * tool the model is forced to call: its input is the JSON, and the reply's translation turns it back into content.
 */
final class AnthropicJsonFormat {

    /** The tool's name when the caller gave none usable (json_object, or a json_schema without a valid name). */
    static final String DEFAULT_TOOL = "json_response";
    private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private AnthropicJsonFormat() {}

    /** The forced tool's name when the caller's chat body asks for JSON (read again when its reply is translated). */
    static Optional<String> toolName(byte[] body) {
        JsonNode root;
        try {
            root = AnthropicRequest.JSON.readTree(body);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return root != null && asked(root) ? Optional.of(name(root)) : Optional.empty();
    }

    /** Why a response_format cannot be carried: one Messages does not know, or JSON asked for alongside the caller's own tools. */
    static Optional<String> refusal(JsonNode body) {
        JsonNode type = body.path("response_format").path("type");
        if (!type.isTextual() || type.asText().equals("text")) {
            return Optional.empty();
        }
        if (!asked(body)) {
            return Optional.of("response_format '" + type.asText() + "' is not supported by this model's platform (Anthropic)");
        }
        if (body.path("tools").size() > 0 || !body.path("tool_choice").isMissingNode() && !body.path("tool_choice").isNull()) {
            return Optional.of("response_format '" + type.asText() + "' cannot be combined with tools or tool_choice on this model's "
                    + "platform (Anthropic): the JSON reply is produced through a tool of its own; send one or the other");
        }
        JsonNode schema = body.path("response_format").path("json_schema").path("schema");
        if (!schema.isMissingNode() && !schema.path("type").asText("").equals("object")) {
            return Optional.of("response_format json_schema.schema must describe an object (\"type\":\"object\") on this model's "
                    + "platform (Anthropic)");
        }
        return Optional.empty();
    }

    /** The forced tool, written into the Anthropic body, when the caller asks for JSON; the body untouched otherwise. */
    static void force(JsonNode body, ObjectNode out) {
        if (!asked(body)) {
            return;
        }
        JsonNode format = body.path("response_format").path("json_schema");
        String name = name(body);
        ObjectNode tool = out.putArray("tools").addObject().put("name", name);
        tool.put("description", format.path("description").isTextual() ? format.path("description").asText()
                : "Give the whole answer as this tool's input, a JSON object.");
        if (format.path("schema").isObject()) {
            tool.set("input_schema", format.path("schema"));
        } else {
            tool.putObject("input_schema").put("type", "object");
        }
        out.putObject("tool_choice").put("type", "tool").put("name", name);
    }

    private static boolean asked(JsonNode body) {
        String type = body.path("response_format").path("type").asText("");
        return type.equals("json_object") || type.equals("json_schema");
    }

    private static String name(JsonNode body) {
        JsonNode format = body.path("response_format");
        String given = format.path("json_schema").path("name").asText("");
        return format.path("type").asText("").equals("json_schema") && TOOL_NAME.matcher(given).matches() ? given : DEFAULT_TOOL;
    }
}
