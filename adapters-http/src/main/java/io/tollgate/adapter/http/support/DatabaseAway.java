package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A call that failed because the database is away: a 503 with {@code Retry-After}, in the door's error shape. */
public final class DatabaseAway {

    public static final String CODE = "database_unavailable";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseAway() {}

    /** Whether the failure, or one of its causes, says the database could not be reached or did not answer in time. */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0") || sql.getSQLState().equals("57014"))) {
                return true;
            }
        }
        return false;
    }

    static void reply(Context ctx, boolean fastGptMode) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        if (ctx.path().startsWith("/shareAuth/")) {
            ShareAuthReply reply = ShareAuthReply.failure(503, CODE, "数据库暂时不可用，请稍后再试 (database unavailable)")
                    .inFastGptMode(fastGptMode);
            reply.body().put("requestId", RequestIds.of(ctx));
            ctx.status(reply.status()).json(reply.body());
        } else if (ctx.path().startsWith("/v1/") || ctx.path().startsWith("/api/v1/oauth/chat/")
                || ctx.path().equals("/api/v1/oauth/embeddings")) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", "the database is unavailable; try again shortly");
            error.put("type", "server_error");
            error.put("param", null);
            error.put("code", CODE);
            ctx.status(503).json(Map.of("error", error));
        } else {
            ApiError.reply(ctx, 503, CODE, "the database is unavailable; try again shortly");
        }
    }
}
