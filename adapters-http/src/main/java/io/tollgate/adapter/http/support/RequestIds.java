package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Gives every request an id, echoed in {@code X-Request-Id} and in error replies, to find it in the log. */
public final class RequestIds {

    private static final String ATTRIBUTE = "tollgate.requestId";

    private RequestIds() {}

    public static void assign(Context ctx) {
        String id = newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header("X-Request-Id", id);
    }

    /** A random version-4 UUID. An id is no secret: the thread's generator, without SecureRandom's lock and system call. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | 1L << 63).toString();
    }

    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
