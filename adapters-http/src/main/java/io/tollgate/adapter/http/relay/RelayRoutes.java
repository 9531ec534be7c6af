package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.memfit.MemfitGate;
import io.tollgate.adapter.http.support.BearerToken;
import io.tollgate.adapter.http.support.ClientIp;
import io.tollgate.adapter.http.support.RequestIds;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.application.relay.catalog.ListModels;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.application.totp.CheckMemfitTotp;
import io.tollgate.domain.relay.Model;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The OpenAI-compatible API: {@code /v1/chat/completions} (JSON and SSE), {@code /v1/embeddings}, {@code /v1/rerank},
 * {@code /v1/audio/speech}, {@code /v1/audio/transcriptions} (multipart), {@code /v1/models} and one model by id;
 * without a key, only public models.
 */
public final class RelayRoutes {

    private final CheckMemfitTotp memfitGate;
    private final RelayChat chat;
    private final ListModels models;
    private final long maxBodyBytes;
    private final Set<String> trustedProxies;
    private final Clock clock;

    public RelayRoutes(CheckMemfitTotp memfitGate, RelayChat chat, ListModels models, long maxBodyBytes,
                       Set<String> trustedProxies, Clock clock) {
        this.memfitGate = memfitGate;
        this.chat = chat;
        this.models = models;
        this.maxBodyBytes = maxBodyBytes;
        this.trustedProxies = trustedProxies;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        // <id> takes slashes: model names such as Qwen/Qwen2.5-7B are sent as they are.
        routes.get("/v1/models/<id>", this::model);
        routes.post("/v1/chat/completions", ctx -> relay(ctx, ChatRequests::check));
        routes.post("/v1/embeddings", ctx -> relay(ctx, EmbeddingRequests::check));
        routes.post("/v1/rerank", ctx -> relay(ctx, RerankRequests::check));
        routes.post("/v1/audio/speech", ctx -> relay(ctx, SpeechRequests::check));
        routes.post("/v1/audio/transcriptions", this::transcribe);
        routes.get("/v1/models", this::models);
    }

    /** Checks one endpoint's JSON body into a call, or says which parameter is wrong. */
    private interface Check {
        ChatRequests.Checked check(JsonNode body, byte[] raw);
    }

    private void relay(Context ctx, Check check) throws IOException {
        Optional<ChatBody.Read> body = ChatBody.read(ctx, maxBodyBytes);
        if (body.isEmpty() || !MemfitGate.admits(ctx, memfitGate, body.get().json())) {
            return;
        }
        ChatCall call;
        switch (check.check(body.get().json(), body.get().raw())) {
            case ChatRequests.Checked.Invalid invalid -> {
                OpenAiError.invalidRequest(ctx, invalid.param(), invalid.message());
                return;
            }
            case ChatRequests.Checked.Valid valid -> call = valid.call();
        }
        deliver(ctx, call);
    }

    private void transcribe(Context ctx) throws IOException {
        Optional<ChatCall> call = TranscriptionRequests.read(ctx, maxBodyBytes);
        if (call.isPresent() && MemfitGate.admits(ctx, memfitGate,
                JsonNodeFactory.instance.objectNode().put("model", call.get().model()))) {
            deliver(ctx, call.get());
        }
    }

    private void deliver(Context ctx, ChatCall call) throws IOException {
        RelayOutcome outcome = chat.relay(new RelayChat.Command(BearerToken.of(ctx), call, RequestIds.of(ctx),
                ClientIp.of(ctx, trustedProxies)));
        AskedModel asked = new AskedModel(call.model());
        switch (outcome) {
            case RelayOutcome.Answered answered -> ctx.contentType(answered.contentType()).result(
                    answered.contentType().startsWith("application/json") ? asked.in(answered.body()) : answered.body());
            case RelayOutcome.Streaming streaming -> RelayReplies.stream(ctx, streaming, asked::in);
            case RelayFailure failure -> RelayReplies.failure(ctx, failure, clock);
        }
    }

    private void models(Context ctx) {
        withVisible(ctx, visible -> ctx.json(Map.of("object", "list", "data", visible.stream().map(RelayRoutes::modelView).toList())));
    }

    private void model(Context ctx) {
        String id = ctx.pathParam("id");
        withVisible(ctx, visible -> visible.stream().filter(model -> model.name().equals(id)).findFirst()
                .ifPresentOrElse(model -> ctx.json(modelView(model)), () -> OpenAiError.modelNotFound(ctx, id)));
    }

    private void withVisible(Context ctx, Consumer<List<Model>> answer) {
        switch (models.visibleTo(BearerToken.of(ctx))) {
            case ListModels.Outcome.Visible visible -> answer.accept(visible.models());
            case ListModels.Outcome.UserDisabled disabled -> RelayReplies.userDisabled(ctx);
            case ListModels.Outcome.InvalidKey invalid ->
                    OpenAiError.reply(ctx, 401, "invalid_request_error", "invalid_api_key", null, "invalid API key");
        }
    }

    private static Map<String, Object> modelView(Model model) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", model.name());
        view.put("object", "model");
        view.put("created", 0);
        view.put("owned_by", model.routes().get(0).platform().wireName());
        view.put("kind", model.kind().wireName());
        return view;
    }
}
