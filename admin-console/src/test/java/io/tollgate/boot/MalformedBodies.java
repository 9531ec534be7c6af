package io.tollgate.boot;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Seeded generator of broken chat-completions bodies: truncated, byte-flipped, mistyped, nested, oversized. */
final class MalformedBodies {

    static final String VALID = "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            + "\"max_tokens\":16,\"stream\":false,\"stream_options\":{\"include_usage\":true},\"temperature\":0.5}";

    private static final String[] VALUES = {"null", "true", "-1", "0", "1e309", "\"\"", "[]", "{}", "\"x\"", "[null]",
            "12345678901234567890123", "-0.0", "\"\\u0000\"", "\"\\ud800\"", "[[[[[]]]]]", "{\"role\":1}"};
    private static final String[] FIELDS = {"model", "messages", "max_tokens", "max_completion_tokens", "stream",
            "stream_options", "temperature", "role", "content"};

    private final Random random;

    MalformedBodies(long seed) {
        this.random = new Random(seed);
    }

    byte[] next() {
        return switch (random.nextInt(8)) {
            case 0 -> VALID.substring(0, random.nextInt(VALID.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> flipBytes();
            case 2 -> replaceField();
            case 3 -> ("{\"model\":\"mock-gpt\",\"messages\":" + "[".repeat(1 + random.nextInt(3000))).getBytes(StandardCharsets.UTF_8);
            case 4 -> dropField();
            case 5 -> ("{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":" + VALUES[random.nextInt(VALUES.length)] + "}]}")
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> randomBytes();
            default -> (VALUES[random.nextInt(VALUES.length)]).getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] flipBytes() {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private byte[] replaceField() {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String value = VALUES[random.nextInt(VALUES.length)];
        return VALID.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}\\]]+|\\[[^\\]]*\\]|\\{[^}]*\\})", "\"" + field + "\":" + value)
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] dropField() {
        String field = FIELDS[random.nextInt(3)];
        return VALID.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}\\]]+|\\[[^\\]]*\\]),?", "").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }
}
