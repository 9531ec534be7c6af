package io.tollgate.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generator of request bodies that every route must refuse before it stores anything: each one is broken
 * JSON, breaks a bound (numbers, nesting), carries a NUL in a stored name, or has a wrong type in a checked field.
 */
final class MalformedRequests {

    /** One route with a body it would accept, the fields a wrong type breaks, and where a NUL is refused. */
    record Target(String family, String method, String path, String validBody, Map<String, List<String>> wrongTypes,
                  List<String> nulFields, String contentType) {

        boolean isForm() {
            return contentType.startsWith("multipart/");
        }
    }

    /** What a generated body breaks, for the report of a failure. */
    enum Kind { TRUNCATED, CONTROL_BYTES, RANDOM_BYTES, HUGE_NUMBER, NUL_TEXT, WRONG_TYPE, DEEP_NESTING }

    record Malformed(Kind kind, byte[] body) {}

    /** Numbers beyond the bounds: length over 100 characters, or a decimal exponent beyond ±1000. */
    static final List<String> HUGE_NUMBERS = List.of("1e10000000", "1e-2147483649", "-1e2147483648", "1.5e-2147483647",
            "1e1001", "2e-1001", "9".repeat(150), "0." + "0".repeat(120) + "1", "1" + "0".repeat(2000) + ".5");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLOT = "\u0001slot\u0001";

    private final Random random;

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    Malformed next(Target target) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        if (!target.isForm() && (kind == Kind.NUL_TEXT && target.nulFields().isEmpty() || kind == Kind.WRONG_TYPE && target.wrongTypes().isEmpty())) {
            kind = Kind.TRUNCATED;
        }
        byte[] valid = target.validBody().getBytes(StandardCharsets.UTF_8);
        if (target.isForm() && kind != Kind.TRUNCATED && kind != Kind.CONTROL_BYTES && kind != Kind.RANDOM_BYTES) {
            return new Malformed(kind, MalformedForms.broken(kind, random));
        }
        return new Malformed(kind, switch (kind) {
            case TRUNCATED -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            case CONTROL_BYTES -> controlBytes(valid);
            case RANDOM_BYTES -> randomBytes();
            case HUGE_NUMBER -> replaced(target.validBody(), randomPointer(target), pick(HUGE_NUMBERS));
            case NUL_TEXT -> replaced(target.validBody(), pick(target.nulFields()), "\"na\\u0000me\"");
            case WRONG_TYPE -> {
                String pointer = pick(sorted(target.wrongTypes().keySet()));
                yield replaced(target.validBody(), pointer, pick(target.wrongTypes().get(pointer)));
            }
            case DEEP_NESTING -> ("{\"a\":" + "[".repeat(201 + random.nextInt(3000)) + (random.nextBoolean() ? "]".repeat(3300) + "}" : ""))
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    /** Bytes no JSON text may hold anywhere, written over 1 to 4 places. */
    private byte[] controlBytes(byte[] valid) {
        byte[] bytes = valid.clone();
        byte[] illegal = {0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 20, 27, 31};
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = illegal[random.nextInt(illegal.length)];
        }
        return bytes;
    }

    /** Up to 300 random bytes starting with one that cannot start a JSON text. */
    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        bytes[0] = (byte) (0x80 | random.nextInt(0x80));
        return bytes;
    }

    private String randomPointer(Target target) {
        List<String> fields = new java.util.ArrayList<>(sorted(target.wrongTypes().keySet()));
        fields.addAll(target.nulFields());
        fields.add("/extra");
        return pick(fields);
    }

    /** The valid body with the value at {@code pointer} (its parent must exist) replaced by raw JSON text. */
    private static byte[] replaced(String validBody, String pointer, String rawValue) {
        try {
            JsonNode root = JSON.readTree(validBody);
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String field = pointer.substring(slash + 1);
            if (parent.isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(field), SLOT);
            } else {
                ((ObjectNode) parent).put(field, SLOT);
            }
            return JSON.writeValueAsString(root).replace(JSON.writeValueAsString(SLOT), rawValue).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException | ClassCastException | NumberFormatException badTarget) {
            throw new IllegalArgumentException("cannot put a value at " + pointer + " in " + validBody, badTarget);
        }
    }

    /** A map's keys in a fixed order: a {@code Map.of}'s order changes from one JVM to the next, and the seed must replay the run. */
    static List<String> sorted(java.util.Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
