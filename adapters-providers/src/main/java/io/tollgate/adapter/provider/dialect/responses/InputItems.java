package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The items of a Responses {@code input} as chat messages: messages (with text and image parts), function calls (one
 * assistant message carries consecutive calls) and their outputs (tool messages). Reasoning items are left out: a
 * chat-completions platform cannot take them back.
 */
final class InputItems {

    private static final Set<String> ROLES = Set.of("user", "assistant", "system", "developer");

    private InputItems() {}

    /** Appends the items' messages; the refusal of the first item that cannot be translated, else null. */
    static ResponsesToChat.Translation.Refused append(JsonNode items, ArrayNode messages) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String type = item.path("type").asText(item.has("role") ? "message" : "");
            String at = "input[" + i + "]";
            switch (type) {
                case "message" -> {
                    String role = item.path("role").asText();
                    if (!ROLES.contains(role)) {
                        return refused(at + ".role", "a message's role is one of " + ROLES);
                    }
                    JsonNode content = content(item.path("content"), role);
                    if (content == null) {
                        return refused(at + ".content", "only text and image content can reach this model's platform");
                    }
                    messages.addObject().put("role", role).set("content", content);
                }
                case "function_call" -> {
                    ObjectNode call = ResponsesJson.object().put("id", item.path("call_id").asText()).put("type", "function");
                    call.putObject("function").put("name", item.path("name").asText()).put("arguments", item.path("arguments").asText());
                    toolCalls(messages).add(call);
                }
                case "function_call_output" -> messages.addObject().put("role", "tool")
                        .put("tool_call_id", item.path("call_id").asText()).set("content", outputText(item.path("output")));
                case "reasoning" -> { }
                default -> {
                    return refused(at + ".type", "input items of type '" + type + "' cannot be sent to this model's platform,"
                            + " which only speaks chat completions (messages, function_call and function_call_output are)");
                }
            }
        }
        return null;
    }

    private static ResponsesToChat.Translation.Refused refused(String param, String message) {
        return new ResponsesToChat.Translation.Refused(param, "unsupported_input", message);
    }

    /** The last assistant message's tool calls, or those of a new assistant message when the last is anything else. */
    private static ArrayNode toolCalls(ArrayNode messages) {
        JsonNode last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        if (last instanceof ObjectNode assistant && "assistant".equals(assistant.path("role").asText())) {
            return assistant.get("tool_calls") instanceof ArrayNode calls ? calls : assistant.putArray("tool_calls");
        }
        ObjectNode assistant = messages.addObject().put("role", "assistant");
        assistant.putNull("content");
        return assistant.putArray("tool_calls");
    }

    /** A message's content: a string as it is, parts as chat parts (text alone joined into a string); null when unknown. */
    private static JsonNode content(JsonNode content, String role) {
        if (content.isTextual()) {
            return content;
        }
        if (!content.isArray()) {
            return null;
        }
        ArrayNode parts = ResponsesJson.JSON.createArrayNode();
        StringBuilder text = new StringBuilder();
        boolean onlyText = true;
        for (JsonNode part : content) {
            switch (part.path("type").asText()) {
                case "input_text", "output_text", "text", "refusal" -> {
                    String value = part.path(part.has("refusal") ? "refusal" : "text").asText();
                    text.append(value);
                    parts.addObject().put("type", "text").put("text", value);
                }
                case "input_image" -> {
                    if (!part.path("image_url").isTextual() || role.equals("assistant")) {
                        return null;
                    }
                    onlyText = false;
                    ObjectNode image = parts.addObject().put("type", "image_url").putObject("image_url")
                            .put("url", part.get("image_url").asText());
                    if (part.path("detail").isTextual()) {
                        image.put("detail", part.get("detail").asText());
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return onlyText ? ResponsesJson.JSON.getNodeFactory().textNode(text.toString()) : parts;
    }

    /** A function's output: a string as it is, an array of text parts as their text. */
    private static JsonNode outputText(JsonNode output) {
        if (!output.isArray()) {
            return ResponsesJson.JSON.getNodeFactory().textNode(output.isTextual() ? output.asText() : output.toString());
        }
        StringBuilder text = new StringBuilder();
        output.forEach(part -> text.append(part.path("text").asText()));
        return ResponsesJson.JSON.getNodeFactory().textNode(text.toString());
    }
}
