package io.tollgate.adapter.http.relay.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.memfit.MemfitGate;
import io.tollgate.adapter.http.relay.AskedModel;
import io.tollgate.adapter.http.relay.ChatRequests;
import io.tollgate.adapter.http.relay.RelayReplies;
import io.tollgate.adapter.http.support.BearerToken;
import io.tollgate.adapter.http.support.Body;
import io.tollgate.adapter.http.support.CallNotes;
import io.tollgate.adapter.http.support.ClientIp;
import io.tollgate.adapter.http.support.Json;
import io.tollgate.adapter.http.support.RequestIds;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.application.relay.CountMessageTokens;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelayFailure;
import io.tollgate.application.relay.RelayOutcome;
import io.tollgate.application.totp.CheckMemfitTotp;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Anthropic's Messages API: {@code POST /v1/messages} (JSON and SSE) and {@code /v1/messages/count_tokens}, with the
 * same keys, in {@code x-api-key} or {@code Authorization: Bearer}, and relayed as chat is; errors in Anthropic's shape.
 */
public final class MessagesRoutes {

    private static final String[] PASSED_HEADERS = {"anthropic-version", "anthropic-beta"};

    private final CheckMemfitTotp memfitGate;
    private final RelayChat chat;
    private final CountMessageTokens counter;
    private final long maxBodyBytes;
    private final Set<String> trustedProxies;
    private final Clock clock;

    public MessagesRoutes(CheckMemfitTotp memfitGate, RelayChat chat, CountMessageTokens counter, long maxBodyBytes,
                          Set<String> trustedProxies, Clock clock) {
        this.memfitGate = memfitGate;
        this.chat = chat;
        this.counter = counter;
        this.maxBodyBytes = maxBodyBytes;
        this.trustedProxies = trustedProxies;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/messages", this::message);
        routes.post("/v1/messages/count_tokens", this::countTokens);
    }

    private void message(Context ctx) throws IOException {
        Optional<ChatCall> call = read(ctx, true);
        if (call.isEmpty()) {
            return;
        }
        RelayOutcome outcome = chat.relay(new RelayChat.Command(apiKey(ctx), call.get(), RequestIds.of(ctx), ClientIp.of(ctx, trustedProxies)));
        AskedModel asked = new AskedModel(call.get().model());
        switch (outcome) {
            case RelayOutcome.Answered answered -> ctx.contentType(answered.contentType()).result(asked.in(answered.body()));
            case RelayOutcome.Streaming streaming -> stream(ctx, streaming, call.get().model());
            case RelayFailure failure -> MessagesFailures.reply(ctx, failure, clock);
        }
    }

    private void countTokens(Context ctx) {
        Optional<ChatCall> call = read(ctx, false);
        if (call.isPresent()) {
            switch (counter.count(apiKey(ctx), call.get())) {
                case CountMessageTokens.Outcome.Counted counted -> ctx.json(Map.of("input_tokens", counted.inputTokens()));
                case CountMessageTokens.Outcome.Refused refused -> MessagesFailures.reply(ctx, refused.failure(), clock);
            }
        }
    }

    /** The checked call; empty when the error reply has been written. */
    private Optional<ChatCall> read(Context ctx, boolean message) {
        JsonNode json;
        byte[] raw;
        switch (Body.jsonObject(ctx, maxBodyBytes)) {
            case Body.Read.TooLarge tooLarge -> {
                AnthropicError.reply(ctx, 413, "request_too_large", "the request body is larger than " + tooLarge.limit() + " bytes");
                return Optional.empty();
            }
            case Body.Read.NotJsonObject ignored -> {
                AnthropicError.invalidRequest(ctx, "the body must be a JSON object (" + Json.NUMBER_BOUNDS + ")");
                return Optional.empty();
            }
            case Body.Read.Parsed parsed -> {
                json = parsed.json();
                raw = parsed.raw();
            }
        }
        if (json.path("model").isTextual()) {
            CallNotes.model(ctx, json.path("model").asText());
        }
        if (!MemfitGate.admits(ctx, memfitGate, json)) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : PASSED_HEADERS) {
            String value = ctx.header(name);
            if (value != null && !value.isBlank()) {
                headers.put(name, value.strip());
            }
        }
        ChatRequests.Checked checked = message ? MessagesRequests.message(json, raw, headers) : MessagesRequests.countTokens(json, raw, headers);
        return switch (checked) {
            case ChatRequests.Checked.Invalid invalid -> {
                AnthropicError.invalidRequest(ctx, invalid.message());
                yield Optional.empty();
            }
            case ChatRequests.Checked.Valid valid -> Optional.of(valid.call());
        };
    }

    /** Anthropic's SDKs send the key in x-api-key; Claude Code with ANTHROPIC_AUTH_TOKEN sends a bearer token. */
    private static String apiKey(Context ctx) {
        String key = ctx.header("x-api-key");
        return key != null && !key.isBlank() ? key.strip() : BearerToken.of(ctx);
    }

    private static void stream(Context ctx, RelayOutcome.Streaming streaming, String model) throws IOException {
        RelayReplies.stream(ctx, streaming, (out, onFirstWrite) -> new MessagesSink(out, onFirstWrite, model));
    }
}
