package io.tollgate.adapter.http.relay;

import io.tollgate.adapter.http.support.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Puts the model name the caller asked for in a reply's or chunk's top-level {@code "model"}, where the platform
 * wrote its own (a public {@code mock-free} served by {@code mock-gpt}). Only that value changes: the bytes are
 * walked up to the field, not parsed, and copied once; a reply that already names it, or has no such field, is
 * returned as it is.
 */
public final class AskedModel {

    private static final byte[] KEY = "model".getBytes(StandardCharsets.US_ASCII);

    /** The name as a JSON string, quotes included. */
    private final byte[] value;

    public AskedModel(String name) {
        this.value = Json.write(name).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON object (or one SSE event carrying it) with the asked name as its top-level model. */
    public byte[] in(byte[] json) {
        int depth = 0;
        for (int i = 0; i < json.length; i++) {
            byte c = json[i];
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth <= 0) {
                    return json;
                }
            } else if (c == '"') {
                int end = stringEnd(json, i);
                if (end < 0) {
                    return json;
                }
                int colon = skipSpace(json, end + 1);
                if (depth == 1 && colon < json.length && json[colon] == ':' && Arrays.equals(json, i + 1, end, KEY, 0, KEY.length)) {
                    return replaceValue(json, skipSpace(json, colon + 1));
                }
                i = end;
            }
        }
        return json;
    }

    private byte[] replaceValue(byte[] json, int start) {
        int end = start < json.length && json[start] == '"' ? stringEnd(json, start) : -1;
        if (end < 0 || Arrays.equals(json, start, end + 1, value, 0, value.length)) {
            return json; // not a string, or already the asked name
        }
        byte[] out = new byte[json.length - (end + 1 - start) + value.length];
        System.arraycopy(json, 0, out, 0, start);
        System.arraycopy(value, 0, out, start, value.length);
        System.arraycopy(json, end + 1, out, start + value.length, json.length - end - 1);
        return out;
    }

    /** The index of the quote closing the string opened at {@code open}, or -1 when it does not close. */
    private static int stringEnd(byte[] json, int open) {
        for (int i = open + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] json, int from) {
        int i = from;
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
            i++;
        }
        return i;
    }
}
