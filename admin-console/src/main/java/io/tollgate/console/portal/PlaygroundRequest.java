package io.tollgate.console.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.account.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The playground's JSON body, {@code {model | accountId, messages, stream}}: who pays (a points model, or one of the
 * user's own accounts) and a plain chat, checked before anything is called.
 */
sealed interface PlaygroundRequest {

    /** The most messages, and characters in one, a playground chat may carry. */
    int MAX_MESSAGES = 100;
    int MAX_CONTENT = 100_000;

    ObjectMapper JSON = new ObjectMapper();
    Set<String> ROLES = Set.of("system", "user", "assistant");

    /** Spends points on a model of the catalog. */
    record OnPoints(String model, ArrayNode messages, boolean stream, String lastUserText) implements PlaygroundRequest {}

    /** Spends the quota of one of the user's own accounts. */
    record OnAccount(AccountId account, ArrayNode messages, boolean stream, String lastUserText) implements PlaygroundRequest {}

    /** What is wrong with the body, with a stable code. */
    record Invalid(String code, String message) implements PlaygroundRequest {}

    static PlaygroundRequest parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (java.io.IOException | RuntimeException notJson) {
            return new Invalid("invalid_json", "The body is not JSON.");
        }
        if (root == null || !root.isObject()) {
            return new Invalid("invalid_json", "The body is a JSON object {model | accountId, messages, stream}.");
        }
        JsonNode stream = root.path("stream");
        if (!stream.isMissingNode() && !stream.isBoolean()) {
            return new Invalid("invalid_stream", "'stream' is true or false.");
        }
        JsonNode messages = root.path("messages");
        if (!messages.isArray() || messages.isEmpty() || messages.size() > MAX_MESSAGES) {
            return new Invalid("invalid_messages", "'messages' is a list of 1 to " + MAX_MESSAGES + " messages.");
        }
        String lastUser = "";
        for (JsonNode message : messages) {
            if (!message.isObject() || !ROLES.contains(message.path("role").asText("")) || !message.path("content").isTextual()
                    || message.path("content").asText().length() > MAX_CONTENT || message.size() != 2) {
                return new Invalid("invalid_messages", "Each message is {role: system|user|assistant, content: text of at most "
                        + MAX_CONTENT + " characters}.");
            }
            lastUser = "user".equals(message.get("role").asText()) ? message.get("content").asText() : lastUser;
        }
        return target(root, (ArrayNode) messages, stream.asBoolean(false), lastUser);
    }

    private static PlaygroundRequest target(JsonNode root, ArrayNode messages, boolean stream, String lastUser) {
        JsonNode model = root.path("model");
        JsonNode account = root.path("accountId");
        if (model.isMissingNode() == account.isMissingNode()) {
            return new Invalid("invalid_target", "Give either 'model' (spends points) or 'accountId' (spends that account's quota).");
        }
        if (!model.isMissingNode()) {
            return model.isTextual() && !model.asText().isBlank() && model.asText().length() <= 200 && model.asText().indexOf('\0') < 0
                    ? new OnPoints(model.asText(), messages, stream, lastUser)
                    : new Invalid("invalid_model", "'model' is a model's name.");
        }
        Optional<AccountId> id = account.isTextual() ? AccountId.parse(account.asText()) : Optional.empty();
        return id.<PlaygroundRequest>map(value -> new OnAccount(value, messages, stream, lastUser))
                .orElseGet(() -> new Invalid("invalid_account", "'accountId' is the id of one of your accounts."));
    }

    /** The OpenAI-format chat call the relay makes for {@code model}. */
    static ChatCall call(String model, ArrayNode messages, boolean stream) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        body.set("messages", messages);
        body.put("stream", stream);
        List<PromptText> prompt = new ArrayList<>();
        messages.forEach(message -> prompt.add(new PromptText("messages", message.get("content").asText())));
        try {
            return new ChatCall(model, JSON.writeValueAsBytes(body), stream, false, OptionalLong.empty()).withPrompt(prompt);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
