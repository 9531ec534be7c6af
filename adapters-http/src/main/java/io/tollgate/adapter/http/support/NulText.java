package io.tollgate.adapter.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Finds the NUL character (U+0000), which PostgreSQL cannot store in text, in a request's strings and field names. */
public final class NulText {

    private NulText() {}

    public static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Where the first string or field name holding a NUL is ({@code routes[0].upstreamModel}), or empty. */
    static Optional<String> firstIn(JsonNode node) {
        return firstIn(node, "");
    }

    private static Optional<String> firstIn(JsonNode node, String at) {
        if (node.isTextual()) {
            return in(node.textValue()) ? Optional.of(at) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = firstIn(node.get(i), at + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
            if (in(field.getKey())) {
                return Optional.of(name.replace("\u0000", "\\u0000"));
            }
            Optional<String> found = firstIn(field.getValue(), name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
