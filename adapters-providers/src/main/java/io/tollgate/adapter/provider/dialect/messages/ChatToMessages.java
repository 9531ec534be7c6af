package io.tollgate.adapter.provider.dialect.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.util.Optional;

/** A whole chat completion as an Anthropic message: text and tool_use blocks, stop_reason, usage. */
final class ChatToMessages {

    private ChatToMessages() {}

    /** The message, or empty when the reply is not a chat completion. */
    static Optional<ObjectNode> translate(byte[] chatReply, Usage usage) {
        JsonNode reply;
        try {
            reply = MessagesJson.JSON.readTree(chatReply);
        } catch (IOException malformed) {
            return Optional.empty();
        }
        if (reply == null || !reply.path("choices").isArray() || reply.path("choices").isEmpty()) {
            return Optional.empty();
        }
        JsonNode choice = reply.path("choices").get(0);
        ObjectNode message = MessagesJson.JSON.createObjectNode().put("id", messageId(reply.path("id").asText("")))
                .put("type", "message").put("role", "assistant").put("model", reply.path("model").asText(""));
        ArrayNode content = message.putArray("content");
        String text = choice.path("message").path("content").asText("");
        if (!text.isEmpty()) {
            content.addObject().put("type", "text").put("text", text);
        }
        for (JsonNode call : choice.path("message").path("tool_calls")) {
            content.addObject().put("type", "tool_use").put("id", call.path("id").asText(""))
                    .put("name", call.path("function").path("name").asText("")).set("input", input(call.path("function").path("arguments").asText("")));
        }
        message.put("stop_reason", MessagesJson.stopReason(choice.path("finish_reason").asText("")));
        message.putNull("stop_sequence");
        message.set("usage", MessagesJson.usage(usage));
        return Optional.of(message);
    }

    /** Anthropic's ids start {@code msg_}; a chat id is kept after it so the two can be matched in logs. */
    static String messageId(String chatId) {
        return chatId.startsWith("msg_") ? chatId : "msg_" + chatId.replace("chatcmpl-", "");
    }

    /** A tool call's arguments as the object Anthropic's input must be; arguments cut short become none. */
    static JsonNode input(String arguments) {
        try {
            JsonNode input = MessagesJson.JSON.readTree(arguments);
            return input != null && input.isObject() ? input : MessagesJson.JSON.createObjectNode();
        } catch (IOException malformed) {
            return MessagesJson.JSON.createObjectNode();
        }
    }
}
