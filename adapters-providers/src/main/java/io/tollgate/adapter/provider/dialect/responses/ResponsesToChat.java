package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A Responses API request as a chat-completions body, for platforms that only speak chat completions: the stateless
 * subset (input as text or items, instructions, function tools and their calls, reasoning effort, text format,
 * sampling and output limits). What needs state kept upstream ({@code previous_response_id}, {@code conversation},
 * item references, background runs) or a hosted tool is refused, never dropped.
 */
public final class ResponsesToChat {

    /** The chat body, or which parameter cannot be translated and why. */
    public sealed interface Translation {
        record Chat(ObjectNode body) implements Translation {}

        record Refused(String param, String code, String message) implements Translation {}
    }

    private static final String STATELESS = " needs a response stored upstream; Tollgate keeps no conversations, and this"
            + " model's platform only speaks chat completions: send the whole conversation as input items";

    private ResponsesToChat() {}

    public static Translation translate(ObjectNode request) {
        for (String stateful : List.of("previous_response_id", "conversation")) {
            if (request.hasNonNull(stateful)) {
                return new Translation.Refused(stateful, stateful.equals("conversation") ? "conversation_not_supported"
                        : "previous_response_not_supported", "'" + stateful + "'" + STATELESS);
            }
        }
        if (request.path("background").asBoolean(false)) {
            return new Translation.Refused("background", "background_not_supported",
                    "background responses are not available on this model's platform");
        }
        ObjectNode chat = ResponsesJson.object();
        chat.set("model", request.get("model"));
        ArrayNode messages = chat.putArray("messages");
        if (request.path("instructions").isTextual()) {
            messages.addObject().put("role", "system").put("content", request.get("instructions").asText());
        }
        JsonNode input = request.path("input");
        if (input.isTextual()) {
            messages.addObject().put("role", "user").put("content", input.asText());
        } else if (input.isArray()) {
            Translation.Refused refused = InputItems.append(input, messages);
            if (refused != null) {
                return refused;
            }
        }
        Translation.Refused refused = ChatOptions.copy(request, chat);
        return refused != null ? refused : new Translation.Chat(chat);
    }
}
