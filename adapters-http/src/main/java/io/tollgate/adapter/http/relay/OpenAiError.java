package io.tollgate.adapter.http.relay;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of the OpenAI-compatible API, in OpenAI's shape: {@code {"error":{"message","type","param","code"}}}. */
public final class OpenAiError {

    private OpenAiError() {}

    public static void reply(Context ctx, int status, String type, String code, String param, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        ctx.status(status).json(Map.of("error", error));
    }

    /** OpenAI's 404 for a model that is unknown, disabled, or not the caller's to use: the same words for all three. */
    public static void modelNotFound(Context ctx, String model) {
        reply(ctx, 404, "invalid_request_error", "model_not_found", null,
                "The model `" + model + "` does not exist or you do not have access to it.");
    }

    public static void invalidRequest(Context ctx, String param, String message) {
        reply(ctx, 400, "invalid_request_error", "invalid_request", param, message);
    }
}
