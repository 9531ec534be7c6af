package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an embeddings body as OpenAI does: {@code input} is a string, an array of strings, an array of tokens or an
 * array of token arrays; {@code encoding_format} float or base64; {@code dimensions} a positive whole number.
 */
public final class EmbeddingRequests {

    static final int MAX_INPUTS = 2048;
    private static final int MAX_DIMENSIONS = 65_536;

    private EmbeddingRequests() {}

    public static ChatRequests.Checked check(JsonNode body, byte[] raw) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return new ChatRequests.Checked.Invalid("model", "'model' is required and must be a string");
        }
        String inputProblem = inputProblem(body.get("input"));
        if (inputProblem != null) {
            return new ChatRequests.Checked.Invalid("input", inputProblem);
        }
        JsonNode format = body.get("encoding_format");
        if (format != null && !format.isNull() && !(format.isTextual()
                && (format.asText().equals("float") || format.asText().equals("base64")))) {
            return new ChatRequests.Checked.Invalid("encoding_format", "'encoding_format' must be 'float' or 'base64'");
        }
        JsonNode dimensions = body.get("dimensions");
        if (dimensions != null && !dimensions.isNull() && !(dimensions.isIntegralNumber() && dimensions.canConvertToInt()
                && dimensions.asInt() >= 1 && dimensions.asInt() <= MAX_DIMENSIONS)) {
            return new ChatRequests.Checked.Invalid("dimensions", "'dimensions' must be a whole number from 1 to " + MAX_DIMENSIONS);
        }
        return new ChatRequests.Checked.Valid(ChatCall.json(ModelKind.EMBEDDING, model.asText(), raw)
                .withPrompt(texts(body.get("input"))));
    }

    /** The input's strings for moderation; token arrays carry no text to read. */
    private static List<PromptText> texts(JsonNode input) {
        List<PromptText> texts = new ArrayList<>();
        if (input.isTextual()) {
            texts.add(new PromptText("input", input.asText()));
        }
        for (JsonNode item : input.isArray() ? input : List.<JsonNode>of()) {
            if (item.isTextual()) {
                texts.add(new PromptText("input", item.asText()));
            }
        }
        return texts;
    }

    /** What is wrong with {@code input}, or null when nothing is. */
    private static String inputProblem(JsonNode input) {
        String shape = "'input' is required: a string, an array of strings, an array of tokens or an array of token arrays";
        if (input == null || input.isNull()) {
            return shape;
        }
        if (input.isTextual()) {
            return input.asText().isEmpty() ? "'input' cannot be an empty string" : null;
        }
        if (!input.isArray() || input.isEmpty()) {
            return input.isArray() ? "'input' cannot be an empty array" : shape;
        }
        if (input.size() > MAX_INPUTS) {
            return "'input' may hold at most " + MAX_INPUTS + " items";
        }
        JsonNode first = input.get(0);
        for (JsonNode item : input) {
            boolean same = first.isTextual() ? item.isTextual() && !item.asText().isEmpty()
                    : first.isArray() ? isTokens(item) : isToken(item);
            if (!same) {
                return shape + ", not a mix, and no item empty";
            }
        }
        return null;
    }

    private static boolean isTokens(JsonNode item) {
        if (!item.isArray() || item.isEmpty()) {
            return false;
        }
        for (JsonNode token : item) {
            if (!isToken(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isToken(JsonNode token) {
        return token.isIntegralNumber() && token.canConvertToInt() && token.asInt() >= 0;
    }
}
