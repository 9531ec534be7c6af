package io.tollgate.adapter.http.support;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catch-alls: unknown routes and framework refusals as JSON, a database that is away as a 503, bugs as a 500 with
 * a request id only.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /**
     * {@code refuseUnroutedOpenAi} answers a request to the OpenAI door that no route took (an unknown URL or a
     * wrong method) and says whether it did.
     */
    public static void register(RoutesConfig routes, boolean fastGptMode, Predicate<Context> refuseUnroutedOpenAi) {
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() != 404 || !openAiDoor(ctx.path()) || !refuseUnroutedOpenAi.test(ctx)) {
                refused(ctx, e.getStatus(), e.getMessage(), fastGptMode);
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            OptionalInt mistake = callersMistake(e);
            if (mistake.isPresent()) {
                LOG.warn("request {} {} {} refused: {}", RequestIds.of(ctx), ctx.method(), ctx.path(), oneLine(e));
                refused(ctx, mistake.getAsInt(), "the request could not be read: " + oneLine(e), fastGptMode);
                return;
            }
            if (DatabaseAway.in(e)) {
                LOG.warn("request {} {} {} found the database away: {}", RequestIds.of(ctx), ctx.method(), ctx.path(), oneLine(e));
                DatabaseAway.reply(ctx, fastGptMode);
                return;
            }
            LOG.error("request {} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
            refused(ctx, 500, "服务器错误 (internal error)", fastGptMode);
        });
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null && !(openAiDoor(ctx.path()) && refuseUnroutedOpenAi.test(ctx))) {
                refused(ctx, 404, "no route for " + ctx.method() + " " + ctx.path(), fastGptMode);
            }
        });
        routes.error(405, "*", ctx -> {
            if (ctx.result() == null) {
                refused(ctx, 405, "method not allowed", fastGptMode);
            }
        });
    }

    /** Whether the path belongs to the OpenAI-compatible door, whose errors have OpenAI's shape. */
    /** Anthropic's Messages door, whose errors take Anthropic's shape. */
    static boolean messagesDoor(String path) {
        return path.equals("/v1/messages") || path.startsWith("/v1/messages/");
    }

    public static boolean openAiDoor(String path) {
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    /** The stable code of a refusal by its status. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 500 -> "internal_error";
            default -> "http_" + status;
        };
    }

    private static void refused(Context ctx, int status, String message, boolean fastGptMode) {
        String code = code(status);
        if (ctx.path().startsWith("/shareAuth/")) {
            ShareAuthReply reply = ShareAuthReply.failure(status, code, status == 500 ? "服务器错误" : message)
                    .inFastGptMode(fastGptMode);
            reply.body().put("requestId", RequestIds.of(ctx));
            ctx.status(reply.status()).json(reply.body());
        } else if (messagesDoor(ctx.path())) {
            // Anthropic's shape, whose error type is the stable code its clients read.
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", status >= 500 ? "api_error" : status == 413 ? "request_too_large" : "invalid_request_error");
            error.put("message", status >= 500 ? message + " (request " + RequestIds.of(ctx) + ")" : message);
            ctx.status(status).json(Map.of("type", "error", "error", error));
        } else if (openAiDoor(ctx.path())) {
            boolean ours = status >= 500;
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", ours ? message + " (request " + RequestIds.of(ctx) + ")" : message);
            error.put("type", ours ? "server_error" : "invalid_request_error");
            error.put("param", null);
            error.put("code", code);
            ctx.status(status).json(Map.of("error", error));
        } else {
            ApiError.reply(ctx, status, code, message);
        }
    }

    /**
     * The 4xx for a failure the caller caused (a body Jetty found malformed or cut short, a read that timed out), or
     * empty for a bug: those are logged in one line without a stack, bugs with theirs.
     */
    static OptionalInt callersMistake(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return OptionalInt.of(http.getCode());
            }
            if (cause instanceof EofException) {
                return OptionalInt.of(400);
            }
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return OptionalInt.of(408);
            }
        }
        return OptionalInt.empty();
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
