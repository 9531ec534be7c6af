package io.tollgate.adapter.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body without ever holding more than the limit in memory. */
public final class Body {

    /** What reading a JSON object body gave. */
    public sealed interface Read {
        record Parsed(JsonNode json, byte[] raw) implements Read {}

        record TooLarge(long limit) implements Read {}

        record NotJsonObject() implements Read {}
    }

    private Body() {}

    /** What reading a body of any content gave. */
    public sealed interface Bytes {
        record Whole(byte[] raw) implements Bytes {}

        record TooLarge(long limit) implements Bytes {}

        record Unreadable() implements Bytes {}
    }

    public static Read jsonObject(Context ctx, long limit) {
        return switch (bytes(ctx, limit)) {
            case Bytes.TooLarge tooLarge -> new Read.TooLarge(tooLarge.limit());
            case Bytes.Unreadable unreadable -> new Read.NotJsonObject();
            case Bytes.Whole whole -> Json.parse(whole.raw()).filter(JsonNode::isObject)
                    .<Read>map(json -> new Read.Parsed(json, whole.raw()))
                    .orElseGet(Read.NotJsonObject::new);
        };
    }

    /** The whole body when it is within {@code limit} bytes. */
    public static Bytes bytes(Context ctx, long limit) {
        String declared = ctx.header("Content-Length");
        boolean declaredTooLarge = declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit;
        try (InputStream in = ctx.req().getInputStream()) {
            if (declaredTooLarge) {
                drainModestExcess(in, Long.parseLong(declared), limit);
                return new Bytes.TooLarge(limit);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                drainModestExcess(in, limit * 4, limit);
                return new Bytes.TooLarge(limit);
            }
            return new Bytes.Whole(bytes);
        } catch (IOException unreadable) {
            return new Bytes.Unreadable();
        }
    }

    /**
     * Reads and drops a body up to four times the limit, so that a client still uploading it gets the 413
     * instead of a broken pipe; anything larger is cut off and the connection closes.
     */
    private static void drainModestExcess(InputStream in, long declared, long limit) throws IOException {
        if (declared <= limit * 4) {
            long skipped = 0;
            byte[] sink = new byte[64 * 1024];
            for (int n; skipped < limit * 4 && (n = in.read(sink)) > 0; ) {
                skipped += n;
            }
        }
    }
}
