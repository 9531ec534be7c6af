package io.tollgate.adapter.http.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.relay.ChatBody;
import io.tollgate.adapter.http.relay.ChatRequests;
import io.tollgate.adapter.http.relay.EmbeddingRequests;
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
 * {@code POST /api/v1/oauth/embeddings}: an OpenAI-format embeddings call on the caller's own accounts, as
 * {@code /api/v1/oauth/chat/completions} is for chat: the optional {@code account_id} and a required {@code model}
 * (an account's usual model is a chat model).
 */
public final class OAuthEmbeddingRoutes {

    private final ChatWithOwnAccounts own;
    private final long maxBodyBytes;
    private final Clock clock;

    public OAuthEmbeddingRoutes(ChatWithOwnAccounts own, long maxBodyBytes, Clock clock) {
        this.own = own;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/oauth/embeddings", this::embed);
    }

    private void embed(Context ctx) throws IOException {
        Optional<ChatBody.Read> read = ChatBody.read(ctx, maxBodyBytes);
        if (read.isEmpty()) {
            return;
        }
        ObjectNode body = read.get().json();
        JsonNode accountId = body.get("account_id");
        body.remove("account_id");
        JsonNode model = body.get("model");
        if (model != null && model.isTextual() && NulText.in(model.asText())) {
            OpenAiError.invalidRequest(ctx, "model", "'model' is a model name");
            return;
        }
        byte[] raw = Json.MAPPER.writeValueAsBytes(body);
        ChatCall call;
        switch (EmbeddingRequests.check(body, raw)) {
            case ChatRequests.Checked.Invalid invalid -> {
                OpenAiError.invalidRequest(ctx, invalid.param(), invalid.message());
                return;
            }
            case ChatRequests.Checked.Valid valid -> call = valid.call();
        }
        Optional<AccountId> account = OwnAccountIds.named(accountId);
        Caller caller = PortalAuth.of(ctx);
        RelayOutcome outcome = own.chat(new ChatWithOwnAccounts.Command(caller.user(), caller.key(), account,
                Optional.of(model.asText()), name -> call, summary(body.get("input")), RequestIds.of(ctx)));
        switch (outcome) {
            case RelayOutcome.Answered answered -> ctx.contentType(answered.contentType()).result(answered.body());
            case RelayOutcome.Streaming streaming -> RelayReplies.stream(ctx, streaming);
            case RelayFailure failure -> RelayReplies.failure(ctx, failure, clock);
        }
    }

    /** What the account's usage page shows as the request: the first text embedded (token arrays as JSON). */
    private static String summary(JsonNode input) {
        JsonNode first = input.isArray() ? input.get(0) : input;
        return first.isTextual() ? first.asText() : first.toString();
    }
}
