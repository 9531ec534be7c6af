package io.tollgate.adapter.provider.dialect.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An Anthropic Messages body as a chat-completions body: system first, tool results as tool messages, images as URLs. */
final class MessagesToChat {

    private MessagesToChat() {}

    static ObjectNode translate(JsonNode body, boolean stream) {
        ObjectNode chat = MessagesJson.JSON.createObjectNode();
        chat.set("model", body.path("model"));
        ArrayNode messages = chat.putArray("messages");
        String system = MessagesJson.text(body.path("system"));
        if (!system.isEmpty()) {
            messages.addObject().put("role", "system").put("content", system);
        }
        for (JsonNode message : body.path("messages")) {
            if (message.path("role").asText().equals("assistant")) {
                assistant(messages, message.path("content"));
            } else {
                user(messages, message.path("content"));
            }
        }
        if (body.path("max_tokens").isIntegralNumber()) {
            chat.set("max_tokens", body.path("max_tokens"));
        }
        for (String passed : new String[] {"temperature", "top_p"}) {
            if (body.path(passed).isNumber()) {
                chat.set(passed, body.path(passed));
            }
        }
        if (body.path("stop_sequences").isArray() && !body.path("stop_sequences").isEmpty()) {
            chat.set("stop", body.path("stop_sequences"));
        }
        if (body.path("metadata").path("user_id").isTextual()) {
            chat.put("user", body.path("metadata").path("user_id").asText());
        }
        tools(chat, body);
        if (stream) {
            chat.put("stream", true);
            chat.putObject("stream_options").put("include_usage", true);
        }
        return chat;
    }

    private static void user(ArrayNode messages, JsonNode content) {
        if (content.isTextual()) {
            messages.addObject().put("role", "user").put("content", content.asText());
            return;
        }
        ArrayNode parts = MessagesJson.JSON.createArrayNode();
        for (JsonNode block : content) {
            switch (block.path("type").asText("")) {
                // A tool's answer is a message of its own in chat completions, and it must follow the call at once.
                case "tool_result" -> messages.addObject().put("role", "tool")
                        .put("tool_call_id", block.path("tool_use_id").asText(""))
                        .put("content", (block.path("is_error").asBoolean(false) ? "Error: " : "") + MessagesJson.text(block.path("content")));
                case "text" -> parts.addObject().put("type", "text").put("text", block.path("text").asText(""));
                case "image" -> parts.addObject().put("type", "image_url").putObject("image_url").put("url", imageUrl(block.path("source")));
                default -> { }
            }
        }
        if (!parts.isEmpty()) {
            messages.addObject().put("role", "user").set("content", parts);
        }
    }

    private static void assistant(ArrayNode messages, JsonNode content) {
        ObjectNode message = MessagesJson.JSON.createObjectNode().put("role", "assistant");
        StringBuilder text = new StringBuilder(content.isTextual() ? content.asText() : "");
        ArrayNode calls = MessagesJson.JSON.createArrayNode();
        for (JsonNode block : content.isArray() ? content : MessagesJson.JSON.createArrayNode()) {
            switch (block.path("type").asText("")) {
                case "text" -> text.append(block.path("text").asText(""));
                case "tool_use" -> calls.addObject().put("id", block.path("id").asText("")).put("type", "function")
                        .putObject("function").put("name", block.path("name").asText(""))
                        .put("arguments", MessagesJson.write(block.path("input").isObject() ? block.path("input") : MessagesJson.JSON.createObjectNode()));
                default -> { }
            }
        }
        if (text.isEmpty() && !calls.isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", text.toString());
        }
        if (!calls.isEmpty()) {
            message.set("tool_calls", calls);
        }
        messages.add(message);
    }

    private static String imageUrl(JsonNode source) {
        return source.path("type").asText().equals("base64")
                ? "data:" + source.path("media_type").asText("image/png") + ";base64," + source.path("data").asText("")
                : source.path("url").asText("");
    }

    private static void tools(ObjectNode chat, JsonNode body) {
        ArrayNode tools = MessagesJson.JSON.createArrayNode();
        for (JsonNode tool : body.path("tools")) {
            if (!tool.path("name").isTextual()) {
                continue;
            }
            ObjectNode function = tools.addObject().put("type", "function").putObject("function").put("name", tool.path("name").asText());
            if (tool.path("description").isTextual()) {
                function.put("description", tool.path("description").asText());
            }
            function.set("parameters", tool.path("input_schema").isObject() ? tool.path("input_schema")
                    : MessagesJson.JSON.createObjectNode().put("type", "object"));
        }
        if (!tools.isEmpty()) {
            chat.set("tools", tools);
        }
        JsonNode choice = body.path("tool_choice");
        switch (choice.path("type").asText("")) {
            case "auto" -> chat.put("tool_choice", "auto");
            case "any" -> chat.put("tool_choice", "required");
            case "none" -> chat.put("tool_choice", "none");
            case "tool" -> chat.putObject("tool_choice").put("type", "function").putObject("function").put("name", choice.path("name").asText(""));
            default -> { }
        }
        if (choice.path("disable_parallel_tool_use").asBoolean(false) && !tools.isEmpty()) {
            chat.put("parallel_tool_calls", false);
        }
    }
}
