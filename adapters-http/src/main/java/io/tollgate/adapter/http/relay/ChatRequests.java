package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Checks a chat-completions body just enough to bill and route it; the platform checks the rest. */
public final class ChatRequests {

    /** A call, or which parameter is wrong and why. */
    public sealed interface Checked {
        record Valid(ChatCall call) implements Checked {}

        record Invalid(String param, String message) implements Checked {}
    }

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");
    private static final long MAX_TOKENS_LIMIT = 10_000_000;

    private ChatRequests() {}

    public static Checked check(JsonNode body, byte[] raw) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return new Checked.Invalid("model", "'model' is required and must be a string");
        }
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return new Checked.Invalid("messages", "'messages' is required and must be a non-empty array");
        }
        List<PromptText> prompt = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            JsonNode role = message.get("role");
            if (!message.isObject() || role == null || !role.isTextual() || !ROLES.contains(role.asText())) {
                return new Checked.Invalid("messages[" + i + "].role", "each message is an object with a role among " + ROLES);
            }
            JsonNode content = message.get("content");
            if (content != null && !(content.isTextual() || content.isArray() || content.isNull())) {
                return new Checked.Invalid("messages[" + i + "].content", "content is a string, an array of parts, or null");
            }
            addText(prompt, content);
        }
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isBoolean() && !stream.isNull()) {
            return new Checked.Invalid("stream", "'stream' must be a boolean");
        }
        JsonNode options = body.get("stream_options");
        if (options != null && !options.isNull() && !(options.isObject()
                && (options.get("include_usage") == null || options.get("include_usage").isBoolean()))) {
            return new Checked.Invalid("stream_options", "'stream_options' is an object whose include_usage is a boolean");
        }
        OptionalLong maxTokens = OptionalLong.empty();
        for (String field : new String[] {"max_completion_tokens", "max_tokens"}) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull()) {
                if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > MAX_TOKENS_LIMIT) {
                    return new Checked.Invalid(field, "'" + field + "' must be a whole number from 1 to " + MAX_TOKENS_LIMIT);
                }
                maxTokens = maxTokens.isPresent() ? maxTokens : OptionalLong.of(value.asLong());
            }
        }
        boolean streaming = stream != null && stream.asBoolean();
        boolean wantsUsage = options != null && options.path("include_usage").asBoolean(false);
        return new Checked.Valid(new ChatCall(model.asText(), raw, streaming, wantsUsage, maxTokens).withPrompt(prompt));
    }

    /** A message's text for moderation: its content as a string, or the text of its text parts. */
    private static void addText(List<PromptText> prompt, JsonNode content) {
        if (content != null && content.isTextual()) {
            prompt.add(new PromptText("messages", content.asText()));
        } else if (content != null && content.isArray()) {
            for (JsonNode part : content) {
                if (part.path("text").isTextual()) {
                    prompt.add(new PromptText("messages", part.path("text").asText()));
                }
            }
        }
    }
}
