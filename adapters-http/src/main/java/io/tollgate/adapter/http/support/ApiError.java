package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Error replies of the admin and service APIs: {@code {"error":{"code","message"}}} with a stable code. */
public final class ApiError {

    private ApiError() {}

    public static void reply(Context ctx, int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        String requestId = RequestIds.of(ctx);
        if (requestId != null) {
            error.put("requestId", requestId);
        }
        ctx.status(status).json(Map.of("error", error));
    }

    public static void badRequest(Context ctx, String message) {
        reply(ctx, 400, "invalid_request", message);
    }

    public static void notFound(Context ctx, String what) {
        reply(ctx, 404, "not_found", what + " not found");
    }
}
