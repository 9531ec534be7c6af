package io.tollgate.adapter.http.relay.responses;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.http.relay.ChatRequests;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.relay.kind.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Checks a Responses API body just enough to bill and route it; the platform (or the translation) checks the rest. */
final class ResponsesRequests {

    private static final long MAX_TOKENS_LIMIT = 10_000_000;

    private ResponsesRequests() {}

    static ChatRequests.Checked check(JsonNode body, byte[] raw) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return invalid("model", "'model' is required and must be a string");
        }
        JsonNode input = body.get("input");
        if (input == null || !(input.isTextual() || input.isArray() && !input.isEmpty())) {
            return invalid("input", "'input' is required: a string or a non-empty array of items");
        }
        List<PromptText> prompt = new ArrayList<>();
        for (int i = 0; input.isArray() && i < input.size(); i++) {
            JsonNode item = input.get(i);
            if (!item.isObject() || item.has("type") && !item.get("type").isTextual()) {
                return invalid("input[" + i + "]", "each input item is an object with a string type");
            }
            ChatRequests.Checked.Invalid message = InputChecks.message(item, "input[" + i + "]");
            if (message != null) {
                return message;
            }
            addText(prompt, item.path("content"));
            addText(prompt, item.path("output"));
        }
        addText(prompt, input);
        for (String text : new String[] {"instructions", "previous_response_id"}) {
            if (body.hasNonNull(text) && !body.get(text).isTextual()) {
                return invalid(text, "'" + text + "' must be a string");
            }
        }
        addText(prompt, body.path("instructions"));
        for (String object : new String[] {"text", "reasoning", "metadata"}) {
            if (body.hasNonNull(object) && !body.get(object).isObject()) {
                return invalid(object, "'" + object + "' must be an object");
            }
        }
        ChatRequests.Checked.Invalid options = InputChecks.options(body);
        if (options != null) {
            return options;
        }
        for (String flag : new String[] {"stream", "store", "background", "parallel_tool_calls"}) {
            if (body.hasNonNull(flag) && !body.get(flag).isBoolean()) {
                return invalid(flag, "'" + flag + "' must be a boolean");
            }
        }
        OptionalLong maxTokens = OptionalLong.empty();
        JsonNode max = body.get("max_output_tokens");
        if (max != null && !max.isNull()) {
            if (!max.isIntegralNumber() || !max.canConvertToLong() || max.asLong() < 1 || max.asLong() > MAX_TOKENS_LIMIT) {
                return invalid("max_output_tokens", "'max_output_tokens' must be a whole number from 1 to " + MAX_TOKENS_LIMIT);
            }
            maxTokens = OptionalLong.of(max.asLong());
        }
        boolean stream = body.path("stream").asBoolean(false);
        return new ChatRequests.Checked.Valid(ChatCall.inDialect(Dialect.OPENAI_RESPONSES, Map.of(), model.asText(), raw, stream,
                maxTokens, prompt));
    }

    private static ChatRequests.Checked invalid(String param, String message) {
        return new ChatRequests.Checked.Invalid(param, message);
    }

    /** The caller's text for moderation: a string, or the text of text parts. */
    private static void addText(List<PromptText> prompt, JsonNode content) {
        if (content.isTextual()) {
            prompt.add(new PromptText("input", content.asText()));
        } else if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.path("text").isTextual()) {
                    prompt.add(new PromptText("input", part.path("text").asText()));
                }
            }
        }
    }
}
