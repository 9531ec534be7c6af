package io.tollgate.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.application.identity.ApiKeyAuthentication;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.domain.relay.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The OpenAI-compatible API: {@code /v1/chat/completions} (JSON and SSE) and {@code /v1/models}; without a key,
 * only public models.
 */
final class RelayRoutes {

    private final UseCases useCases;
    private final HttpSettings settings;
    private final Clock clock;

    RelayRoutes(UseCases useCases, HttpSettings settings, Clock clock) {
        this.useCases = useCases;
        this.settings = settings;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/chat/completions", this::chat);
        routes.get("/v1/models", this::models);
    }

    private void chat(Context ctx) throws IOException {
        Optional<ChatBody.Read> body = ChatBody.read(ctx, settings.maxBodyBytes());
        if (body.isEmpty() || !MemfitGate.admits(ctx, useCases.memfit().gate(), body.get().json())) {
            return;
        }
        ChatCall call;
        switch (ChatRequests.check(body.get().json(), body.get().raw())) {
            case ChatRequests.Checked.Invalid invalid -> {
                OpenAiError.invalidRequest(ctx, invalid.param(), invalid.message());
                return;
            }
            case ChatRequests.Checked.Valid valid -> call = valid.call();
        }
        RelayOutcome outcome = useCases.relay().chat().relay(new RelayChat.Command(bearer(ctx), call, RequestIds.of(ctx),
                ClientIp.of(ctx, settings.trustedProxies())));
        switch (outcome) {
            case RelayOutcome.Answered answered -> ctx.contentType("application/json").result(answered.body());
            case RelayOutcome.Streaming streaming -> stream(ctx, streaming);
            case RelayFailure failure -> RelayReplies.failure(ctx, failure, clock);
        }
    }

    static void stream(Context ctx, RelayOutcome.Streaming streaming) throws IOException {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream; charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        OutputStream out;
        try {
            out = ctx.res().getOutputStream();
        } catch (IOException callerGone) {
            streaming.session().abandon();
            throw callerGone;
        }
        streaming.session().pumpTo(bytes -> {
            try {
                out.write(bytes);
                out.flush();
                return true;
            } catch (IOException callerGone) {
                return false;
            }
        });
    }

    private void models(Context ctx) {
        String key = bearer(ctx);
        Predicate<Model> visible;
        if (key == null || key.isBlank()) {
            visible = Model::isPublic;
        } else {
            switch (useCases.relay().authenticateApiKey().authenticate(key)) {
                case ApiKeyAuthentication.Valid valid -> visible = model -> valid.key().allows(model.name());
                case ApiKeyAuthentication.UserDisabled disabled -> {
                    RelayReplies.userDisabled(ctx);
                    return;
                }
                case ApiKeyAuthentication.Invalid invalid -> {
                    OpenAiError.reply(ctx, 401, "invalid_request_error", "invalid_api_key", null, "invalid API key");
                    return;
                }
            }
        }
        List<Map<String, Object>> data = useCases.relay().models().all().stream()
                .filter(Model::enabled)
                .filter(visible)
                .map(RelayRoutes::modelView)
                .toList();
        ctx.json(Map.of("object", "list", "data", data));
    }

    private static Map<String, Object> modelView(Model model) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", model.name());
        view.put("object", "model");
        view.put("created", 0);
        view.put("owned_by", model.routes().get(0).platform().wireName());
        return view;
    }

    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }
}
