package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/** Collects OpenAI messages as Anthropic ones: system text apart, user and assistant turns of content blocks. */
final class AnthropicMessages {

    private final StringBuilder system = new StringBuilder();
    private final ArrayNode messages = AnthropicRequest.JSON.createArrayNode();

    void add(JsonNode message) {
        String role = message.path("role").asText("");
        switch (role) {
            case "system", "developer" -> {
                String text = text(message.path("content"));
                if (!text.isEmpty()) {
                    system.append(system.isEmpty() ? "" : "\n\n").append(text);
                }
            }
            case "assistant" -> {
                ArrayNode blocks = blocks(message.path("content"));
                message.path("tool_calls").forEach(call -> toolUse(blocks, call));
                append("assistant", blocks);
            }
            // Anthropic takes a tool's answer back as a block of the next user turn.
            case "tool" -> {
                ArrayNode blocks = AnthropicRequest.JSON.createArrayNode();
                blocks.addObject().put("type", "tool_result").put("tool_use_id", message.path("tool_call_id").asText(""))
                        .put("content", text(message.path("content")));
                append("user", blocks);
            }
            default -> append("user", blocks(message.path("content")));
        }
    }

    Optional<String> system() {
        return system.isEmpty() ? Optional.empty() : Optional.of(system.toString());
    }

    ArrayNode messages() {
        return messages;
    }

    /** Anthropic wants user and assistant to alternate: a turn in the same role as the last one joins it. */
    private void append(String role, ArrayNode blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        JsonNode last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        if (last != null && last.path("role").asText().equals(role)) {
            ((ArrayNode) last.path("content")).addAll(blocks);
        } else {
            messages.addObject().put("role", role).set("content", blocks);
        }
    }

    private static ArrayNode blocks(JsonNode content) {
        ArrayNode blocks = AnthropicRequest.JSON.createArrayNode();
        if (content.isTextual()) {
            addText(blocks, content.asText());
        }
        for (JsonNode part : content.isArray() ? content : AnthropicRequest.JSON.createArrayNode()) {
            switch (part.path("type").asText("")) {
                case "text" -> addText(blocks, part.path("text").asText(""));
                case "image_url" -> image(blocks, part.path("image_url").isTextual()
                        ? part.path("image_url").asText() : part.path("image_url").path("url").asText(""));
                default -> { }
            }
        }
        return blocks;
    }

    // Anthropic refuses empty text blocks, which OpenAI callers send freely (an assistant turn with only tool calls).
    private static void addText(ArrayNode blocks, String text) {
        if (!text.isEmpty()) {
            blocks.addObject().put("type", "text").put("text", text);
        }
    }

    private static void image(ArrayNode blocks, String url) {
        ObjectNode source = blocks.addObject().put("type", "image").putObject("source");
        int comma = url.indexOf(',');
        if (url.startsWith("data:") && comma > 0 && url.substring(0, comma).endsWith(";base64")) {
            source.put("type", "base64").put("media_type", url.substring(5, comma - 7)).put("data", url.substring(comma + 1));
        } else {
            source.put("type", "url").put("url", url);
        }
    }

    private static void toolUse(ArrayNode blocks, JsonNode call) {
        JsonNode function = call.path("function");
        ObjectNode block = blocks.addObject().put("type", "tool_use").put("id", call.path("id").asText(""))
                .put("name", function.path("name").asText(""));
        JsonNode input;
        try {
            input = AnthropicRequest.JSON.readTree(function.path("arguments").asText(""));
        } catch (IOException malformed) {
            input = null;
        }
        // The input must be an object; arguments a model left empty or cut short become no arguments.
        block.set("input", input != null && input.isObject() ? input : AnthropicRequest.JSON.createObjectNode());
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content.isArray() ? content : AnthropicRequest.JSON.createArrayNode()) {
            if (part.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.path("text").asText());
            }
        }
        return text.toString();
    }
}
