package io.tollgate.adapter.http.support;

import io.javalin.http.Context;

/** The token of an {@code Authorization: Bearer} header, for the OpenAI-compatible and user APIs alike. */
public final class BearerToken {

    private BearerToken() {}

    /** The token sent, stripped, or null without a bearer header. */
    public static String of(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }
}
