package io.tollgate.adapter.http.relay.anthropic;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * Errors of the Messages door in Anthropic's shape, {@code {"type":"error","error":{"type","message"}}}, where the
 * error's type is the stable code Anthropic's clients switch on.
 */
public final class AnthropicError {

    private AnthropicError() {}

    /** The error's JSON, for a reply or an {@code error} event. */
    static ObjectNode body(String type, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", "error");
        body.putObject("error").put("type", type).put("message", message);
        return body;
    }

    static void reply(Context ctx, int status, String type, String message) {
        ctx.status(status).json(body(type, message));
    }

    public static void invalidRequest(Context ctx, String message) {
        reply(ctx, 400, "invalid_request_error", message);
    }

    /** Anthropic's type for an HTTP status the platform or Tollgate answered with. */
    static String typeOf(int status) {
        return switch (status) {
            case 400, 405, 409, 415, 422 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 402 -> "billing_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 504 -> "timeout_error";
            case 529, 503 -> "overloaded_error";
            default -> status < 500 ? "invalid_request_error" : "api_error";
        };
    }
}
