package io.tollgate.adapter.http.relay.responses;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.memfit.MemfitGate;
import io.tollgate.adapter.http.relay.AskedModel;
import io.tollgate.adapter.http.relay.ChatBody;
import io.tollgate.adapter.http.relay.ChatRequests;
import io.tollgate.adapter.http.relay.OpenAiError;
import io.tollgate.adapter.http.relay.RelayReplies;
import io.tollgate.adapter.http.support.BearerToken;
import io.tollgate.adapter.http.support.ClientIp;
import io.tollgate.adapter.http.support.RequestIds;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.application.totp.CheckMemfitTotp;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAI's Responses API, {@code POST /v1/responses} (JSON and SSE), relayed as chat is (same keys, limits, holds on
 * {@code max_output_tokens}, moderation, deadlines, failover before the first byte); errors in OpenAI's shape.
 */
public final class ResponsesRoutes {

    private final CheckMemfitTotp memfitGate;
    private final RelayChat chat;
    private final long maxBodyBytes;
    private final Set<String> trustedProxies;
    private final Clock clock;

    public ResponsesRoutes(CheckMemfitTotp memfitGate, RelayChat chat, long maxBodyBytes, Set<String> trustedProxies, Clock clock) {
        this.memfitGate = memfitGate;
        this.chat = chat;
        this.maxBodyBytes = maxBodyBytes;
        this.trustedProxies = trustedProxies;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/responses", this::create);
    }

    private void create(Context ctx) throws IOException {
        Optional<ChatBody.Read> body = ChatBody.read(ctx, maxBodyBytes);
        if (body.isEmpty() || !MemfitGate.admits(ctx, memfitGate, body.get().json())) {
            return;
        }
        ChatCall call;
        switch (ResponsesRequests.check(body.get().json(), body.get().raw())) {
            case ChatRequests.Checked.Invalid invalid -> {
                OpenAiError.invalidRequest(ctx, invalid.param(), invalid.message());
                return;
            }
            case ChatRequests.Checked.Valid valid -> call = valid.call();
        }
        RelayOutcome outcome = chat.relay(new RelayChat.Command(BearerToken.of(ctx), call, RequestIds.of(ctx),
                ClientIp.of(ctx, trustedProxies)));
        switch (outcome) {
            case RelayOutcome.Answered answered ->
                    ctx.contentType(answered.contentType()).result(new AskedModel(call.model()).in(answered.body()));
            case RelayOutcome.Streaming streaming -> stream(ctx, streaming);
            case RelayFailure failure -> RelayReplies.failure(ctx, failure, clock);
        }
    }

    private static void stream(Context ctx, RelayOutcome.Streaming streaming) throws IOException {
        RelayReplies.stream(ctx, streaming, ResponsesSink::new);
    }
}
