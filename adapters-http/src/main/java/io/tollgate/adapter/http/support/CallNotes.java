package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalLong;

/** What a route learnt about a call, for the access log and the metrics: the model asked for and when the first streamed byte left. */
public final class CallNotes {

    private static final String MODEL = "tollgate.call.model";
    private static final String FIRST_BYTE = "tollgate.call.firstByteNanos";

    private CallNotes() {}

    public static void model(Context ctx, String model) {
        ctx.attribute(MODEL, model);
    }

    public static Optional<String> model(Context ctx) {
        return Optional.ofNullable(ctx.attribute(MODEL));
    }

    /** Marks the first byte of a streamed reply on its way (once; later calls keep the first time). */
    public static void firstByte(Context ctx) {
        if (ctx.attribute(FIRST_BYTE) == null) {
            ctx.attribute(FIRST_BYTE, System.nanoTime());
        }
    }

    /** The {@link System#nanoTime()} of the first streamed byte; empty for a reply written whole. */
    public static OptionalLong firstByteNanos(Context ctx) {
        Long at = ctx.attribute(FIRST_BYTE);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }
}
