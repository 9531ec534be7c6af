package io.tollgate.adapter.http.relay.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.http.relay.ChatRequests;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.relay.kind.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Checks a Messages body just enough to bill, route and screen it; the platform checks the rest. */
final class MessagesRequests {

    private static final long MAX_TOKENS_LIMIT = 10_000_000;
    private static final Set<String> ROLES = Set.of("user", "assistant");

    private MessagesRequests() {}

    /** A /v1/messages body: {@code max_tokens} required, as Anthropic requires it. */
    static ChatRequests.Checked message(JsonNode body, byte[] raw, Map<String, String> headers) {
        JsonNode maxTokens = body.get("max_tokens");
        if (maxTokens == null || !maxTokens.isIntegralNumber() || !maxTokens.canConvertToLong() || maxTokens.asLong() < 1
                || maxTokens.asLong() > MAX_TOKENS_LIMIT) {
            return new ChatRequests.Checked.Invalid("max_tokens", "max_tokens: a whole number from 1 to " + MAX_TOKENS_LIMIT + " is required");
        }
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isBoolean() && !stream.isNull()) {
            return new ChatRequests.Checked.Invalid("stream", "stream: must be a boolean");
        }
        return checked(body, raw, headers, stream != null && stream.asBoolean(), OptionalLong.of(maxTokens.asLong()));
    }

    /** A /v1/messages/count_tokens body: the same, without an output. */
    static ChatRequests.Checked countTokens(JsonNode body, byte[] raw, Map<String, String> headers) {
        return checked(body, raw, headers, false, OptionalLong.empty());
    }

    private static ChatRequests.Checked checked(JsonNode body, byte[] raw, Map<String, String> headers, boolean stream,
                                                OptionalLong maxTokens) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return new ChatRequests.Checked.Invalid("model", "model: Field required (a string)");
        }
        List<PromptText> prompt = new ArrayList<>();
        JsonNode system = body.get("system");
        if (system != null && !system.isNull()) {
            if (!(system.isTextual() || blocks(system))) {
                return new ChatRequests.Checked.Invalid("system", "system: a string or an array of text blocks");
            }
            addText(prompt, "system", system);
        }
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return new ChatRequests.Checked.Invalid("messages", "messages: Field required (a non-empty array)");
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            JsonNode content = message.path("content");
            if (!message.isObject() || !ROLES.contains(message.path("role").asText("")) || !(content.isTextual() || blocks(content))) {
                return new ChatRequests.Checked.Invalid("messages." + i, "messages." + i
                        + ": an object with role user or assistant and content as a string or an array of blocks with a type");
            }
            if (message.path("role").asText().equals("user")) {
                addText(prompt, "messages", content);
            }
        }
        for (String list : new String[] {"tools", "stop_sequences"}) {
            if (body.has(list) && !body.get(list).isArray() && !body.get(list).isNull()) {
                return new ChatRequests.Checked.Invalid(list, list + ": must be an array");
            }
        }
        for (String object : new String[] {"tool_choice", "metadata", "thinking"}) {
            if (body.has(object) && !body.get(object).isObject() && !body.get(object).isNull()) {
                return new ChatRequests.Checked.Invalid(object, object + ": must be an object");
            }
        }
        return new ChatRequests.Checked.Valid(ChatCall.inDialect(Dialect.ANTHROPIC_MESSAGES, headers, model.asText(), raw, stream,
                maxTokens, prompt));
    }

    private static boolean blocks(JsonNode content) {
        if (!content.isArray()) {
            return false;
        }
        for (JsonNode block : content) {
            if (!block.isObject() || !block.path("type").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** The caller's text for moderation: strings, text blocks, and the text of tool results. */
    private static void addText(List<PromptText> prompt, String param, JsonNode content) {
        if (content.isTextual()) {
            prompt.add(new PromptText(param, content.asText()));
            return;
        }
        for (JsonNode block : content) {
            if (block.path("text").isTextual()) {
                prompt.add(new PromptText(param, block.path("text").asText()));
            } else if (block.path("type").asText().equals("tool_result")) {
                addText(prompt, param, block.path("content").isArray() || block.path("content").isTextual()
                        ? block.path("content") : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode());
            }
        }
    }
}
