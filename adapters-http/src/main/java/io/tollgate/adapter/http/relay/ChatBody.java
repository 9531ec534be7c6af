package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.Body;
import io.tollgate.adapter.http.support.CallNotes;
import io.tollgate.adapter.http.support.Json;
import java.util.Optional;

/** Reads a chat request's body as a JSON object, or answers OpenAI's error for one too large or not an object. */
public final class ChatBody {

    private ChatBody() {}

    /** The parsed body with its raw bytes; empty when the error reply has been sent. */
    public record Read(ObjectNode json, byte[] raw) {}

    public static Optional<Read> read(Context ctx, long limit) {
        return switch (Body.jsonObject(ctx, limit)) {
            case Body.Read.TooLarge tooLarge -> {
                OpenAiError.reply(ctx, 413, "invalid_request_error", "body_too_large", null,
                        "the request body is larger than " + tooLarge.limit() + " bytes");
                yield Optional.empty();
            }
            case Body.Read.NotJsonObject ignored -> {
                OpenAiError.invalidRequest(ctx, null, "the body must be a JSON object (" + Json.NUMBER_BOUNDS + ")");
                yield Optional.empty();
            }
            case Body.Read.Parsed parsed -> {
                if (parsed.json().path("model").isTextual()) {
                    CallNotes.model(ctx, parsed.json().path("model").asText());
                }
                yield Optional.of(new Read((ObjectNode) parsed.json(), parsed.raw()));
            }
        };
    }
}
