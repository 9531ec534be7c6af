package io.tollgate.adapter.http.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.relay.ChatBody;
import io.tollgate.adapter.http.relay.ChatRequests;
import io.tollgate.adapter.http.relay.OpenAiError;
import io.tollgate.adapter.http.relay.RelayReplies;
import io.tollgate.adapter.http.support.Json;
import io.tollgate.adapter.http.support.NulText;
import io.tollgate.adapter.http.support.PortalAuth;
import io.tollgate.adapter.http.support.RequestIds;
import io.tollgate.application.identity.Caller;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.application.relay.ChatWithOwnAccounts;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.domain.account.AccountId;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /api/v1/oauth/chat/completions}: an OpenAI-format chat on the caller's own accounts, with the guide's
 * {@code account_id} (optional) and {@code model} (optional: the account's usual model); the answer is OpenAI's.
 */
public final class OAuthChatRoutes {

    private final ChatWithOwnAccounts chat;
    private final long maxBodyBytes;
    private final Clock clock;

    public OAuthChatRoutes(ChatWithOwnAccounts chat, long maxBodyBytes, Clock clock) {
        this.chat = chat;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/oauth/chat/completions", this::chat);
    }

    private void chat(Context ctx) throws IOException {
        Optional<ChatBody.Read> read = ChatBody.read(ctx, maxBodyBytes);
        if (read.isEmpty()) {
            return;
        }
        ObjectNode body = read.get().json();
        JsonNode model = body.get("model");
        if (model != null && !model.isNull() && (!model.isTextual() || model.asText().isBlank() || NulText.in(model.asText()))) {
            OpenAiError.invalidRequest(ctx, "model", "'model' is a model name, or absent for the account's usual model");
            return;
        }
        if (ChatRequests.check(withModel(body, "any"), new byte[0]) instanceof ChatRequests.Checked.Invalid invalid) {
            OpenAiError.invalidRequest(ctx, invalid.param(), invalid.message());
            return;
        }
        JsonNode accountId = body.get("account_id");
        Optional<AccountId> account = OwnAccountIds.named(accountId);
        Caller caller = PortalAuth.of(ctx);
        RelayOutcome outcome = chat.chat(new ChatWithOwnAccounts.Command(caller.user(), caller.key(), account,
                model == null || model.isNull() ? Optional.empty() : Optional.of(model.asText()),
                name -> call(body, name), lastUserMessage(body), RequestIds.of(ctx)));
        switch (outcome) {
            case RelayOutcome.Answered answered -> ctx.contentType("application/json").result(answered.body());
            case RelayOutcome.Streaming streaming -> RelayReplies.stream(ctx, streaming);
            case RelayFailure failure -> RelayReplies.failure(ctx, failure, clock);
        }
    }

    private static ObjectNode withModel(ObjectNode body, String model) {
        ObjectNode copy = body.deepCopy();
        copy.remove("account_id");
        copy.put("model", model);
        return copy;
    }

    private static ChatCall call(ObjectNode body, String model) {
        ObjectNode upstream = withModel(body, model);
        try {
            byte[] raw = Json.MAPPER.writeValueAsBytes(upstream);
            if (ChatRequests.check(upstream, raw) instanceof ChatRequests.Checked.Valid valid) {
                return valid.call();
            }
            throw new IllegalStateException("a body checked before became invalid with model " + model);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String lastUserMessage(ObjectNode body) {
        JsonNode messages = body.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            if ("user".equals(message.path("role").asText())) {
                JsonNode content = message.path("content");
                return content.isTextual() ? content.asText() : content.toString();
            }
        }
        return "";
    }
}
