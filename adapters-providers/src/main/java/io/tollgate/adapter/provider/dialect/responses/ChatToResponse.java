package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A chat-completions reply as the Response object the caller of the Responses API expects. */
public final class ChatToResponse {

    private ChatToResponse() {}

    /** The Response for {@code request}, or empty when the reply is not a chat completion. */
    public static Optional<byte[]> translate(ObjectNode request, byte[] chatReply, long nowSeconds) {
        Optional<ObjectNode> reply = ResponsesJson.object(chatReply);
        if (reply.isEmpty() || !reply.get().path("choices").isArray()) {
            return Optional.empty();
        }
        JsonNode choice = reply.get().path("choices").path(0);
        JsonNode message = choice.path("message");
        ArrayNode output = ResponsesJson.JSON.createArrayNode();
        String text = message.path("content").isTextual() ? message.get("content").asText() : "";
        JsonNode calls = message.path("tool_calls");
        if (!text.isEmpty() || !calls.isArray() || calls.isEmpty()) {
            output.add(ResponseShape.message(ResponsesJson.id("msg"), "completed", text));
        }
        for (JsonNode call : calls) {
            output.add(ResponseShape.functionCall(ResponsesJson.id("fc"), call.path("id").asText(),
                    call.path("function").path("name").asText(), call.path("function").path("arguments").asText(), "completed"));
        }
        long created = reply.get().path("created").canConvertToLong() && reply.get().path("created").asLong() > 0
                ? reply.get().path("created").asLong() : nowSeconds;
        ObjectNode response = ResponseShape.of(request, ResponsesJson.id("resp"), created, "in_progress");
        JsonNode usage = reply.get().path("usage").isObject() ? ResponsesUsage.fromChat(reply.get().get("usage")) : null;
        return Optional.of(ResponsesJson.bytes(ResponseShape.finish(response, output, choice.path("finish_reason").asText(), usage)));
    }
}
