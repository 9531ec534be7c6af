package io.tollgate.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body without ever holding more than the limit in memory. */
final class Body {

    /** What reading a JSON object body gave. */
    sealed interface Read {
        record Parsed(JsonNode json) implements Read {}

        record TooLarge(long limit) implements Read {}

        record NotJsonObject() implements Read {}
    }

    private Body() {}

    static Read jsonObject(Context ctx, long limit) {
        String declared = ctx.header("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
            return new Read.TooLarge(limit);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException unreadable) {
            return new Read.NotJsonObject();
        }
        if (bytes.length > limit) {
            return new Read.TooLarge(limit);
        }
        return Json.parse(bytes).filter(JsonNode::isObject)
                .<Read>map(Read.Parsed::new)
                .orElseGet(Read.NotJsonObject::new);
    }
}
