package io.tollgate.adapter.http.relay;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of the OpenAI-compatible API, in OpenAI's shape: {@code {"error":{"message","type","param","code"}}}. */
public final class OpenAiError {

    private OpenAiError() {}

    static void reply(Context ctx, int status, String type, String code, String param, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        ctx.status(status).json(Map.of("error", error));
    }

    public static void invalidRequest(Context ctx, String param, String message) {
        reply(ctx, 400, "invalid_request_error", "invalid_request", param, message);
    }
}
