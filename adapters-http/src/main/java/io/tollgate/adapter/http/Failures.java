package io.tollgate.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catch-alls: unknown routes and framework refusals as JSON, bugs as a 500 with a request id only. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    static void register(RoutesConfig routes, HttpSettings settings) {
        routes.exception(HttpResponseException.class, (e, ctx) -> refused(ctx, e.getStatus(), e.getMessage(), settings));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
            refused(ctx, 500, "服务器错误 (internal error)", settings);
        });
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null) {
                refused(ctx, 404, "no route for " + ctx.method() + " " + ctx.path(), settings);
            }
        });
        routes.error(405, "*", ctx -> refused(ctx, 405, "method not allowed", settings));
    }

    private static void refused(Context ctx, int status, String message, HttpSettings settings) {
        String code = switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 500 -> "internal_error";
            default -> "http_" + status;
        };
        if (ctx.path().startsWith("/shareAuth/")) {
            ShareAuthReply reply = ShareAuthReply.failure(status, code, status == 500 ? "服务器错误" : message)
                    .inFastGptMode(settings.fastGptMode());
            reply.body().put("requestId", RequestIds.of(ctx));
            ctx.status(reply.status()).json(reply.body());
        } else {
            ApiError.reply(ctx, status, code, message);
        }
    }
}
