package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.util.UUID;

/** Gives every request an id, echoed in {@code X-Request-Id} and in error replies, to find it in the log. */
public final class RequestIds {

    private static final String ATTRIBUTE = "tollgate.requestId";

    private RequestIds() {}

    public static void assign(Context ctx) {
        String id = UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header("X-Request-Id", id);
    }

    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
