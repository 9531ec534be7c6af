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
import io.tollgate.application.relay.stored.KeepStoredResponses;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.domain.account.AccountId;
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
    private final KeepStoredResponses stored;
    private final long maxBodyBytes;
    private final Set<String> trustedProxies;
    private final Clock clock;

    /** Without {@code stored} (null), follow-ups go to any account and GET/DELETE are not served. */
    public ResponsesRoutes(CheckMemfitTotp memfitGate, RelayChat chat, KeepStoredResponses stored, long maxBodyBytes,
                           Set<String> trustedProxies, Clock clock) {
        this.memfitGate = memfitGate;
        this.chat = chat;
        this.stored = stored;
        this.maxBodyBytes = maxBodyBytes;
        this.trustedProxies = trustedProxies;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/responses", this::create);
        if (stored != null) {
            StoredResponseReplies replies = new StoredResponseReplies(stored);
            routes.get("/v1/responses/{id}", replies::get);
            routes.delete("/v1/responses/{id}", replies::delete);
        }
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
        String previous = body.get().json().path("previous_response_id").asText("");
        Optional<AccountId> only = Optional.empty();
        if (stored != null && !previous.isEmpty()) {
            switch (stored.pin(BearerToken.of(ctx), call.model(), previous)) {
                case KeepStoredResponses.Pin.Free free -> { }
                case KeepStoredResponses.Pin.Unknown unknown -> {
                    StoredResponseReplies.notFound(ctx, unknown.responseId());
                    return;
                }
                case KeepStoredResponses.Pin.To to -> only = Optional.of(to.account());
            }
        }
        boolean pinned = only.isPresent();
        StoredResponseNotes notes = new StoredResponseNotes(stored, body.get().json());
        RelayOutcome outcome = chat.relay(new RelayChat.Command(BearerToken.of(ctx), call, RequestIds.of(ctx),
                ClientIp.of(ctx, trustedProxies), only, notes));
        switch (outcome) {
            case RelayOutcome.Answered answered -> {
                notes.reply(answered.body());
                ctx.contentType(answered.contentType()).result(new AskedModel(call.model()).in(answered.body()));
            }
            case RelayOutcome.Streaming streaming -> stream(ctx, streaming, notes);
            case RelayFailure.NoAccount none when pinned -> StoredResponseReplies.accountUnavailable(ctx, previous);
            case RelayFailure.QuotaExhausted none when pinned -> StoredResponseReplies.accountUnavailable(ctx, previous);
            case RelayFailure failure -> RelayReplies.failure(ctx, failure, clock);
        }
    }

    private static void stream(Context ctx, RelayOutcome.Streaming streaming, StoredResponseNotes notes) throws IOException {
        RelayReplies.stream(ctx, streaming, (out, onFirstWrite) -> new ResponsesSink(out, onFirstWrite, notes::events));
    }
}
