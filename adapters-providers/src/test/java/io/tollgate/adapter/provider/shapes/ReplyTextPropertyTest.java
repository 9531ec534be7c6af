package io.tollgate.adapter.provider.shapes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ReplyText on seeded random bytes: JSON-escaped texts come back, and nothing malformed makes it throw. */
class ReplyTextPropertyTest {

    /** Pieces of JSON and of escapes, so random texts are often almost valid. */
    private static final String[] PIECES = {"{", "}", "\"", "\\", "\\u", "\\u00", "content", "\"content\":", ":", " ",
        "a", "Z", "0", "f", "9", "n", "t", "你", "😀", ",", "[", "]", "null"};

    /** Characters a reply's text may hold, including those JSON must escape. */
    private static final String TEXT = "abc XYZ 019 \"\\/\n\t\r\b\f你好😀✓\u0001";

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void malformedInputNeverThrows(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "{" : "");
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }

        String reply = text.toString();
        String result = assertDoesNotThrow(() -> ReplyText.of(reply.getBytes(StandardCharsets.UTF_8)), "seed " + seed + ": " + reply);
        assertTrue(result.length() <= ReplyText.KEPT, "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aJsonEscapedContentStringComesBackAsItWasUpTo200Characters(long seed) {
        Random random = new Random(~seed);
        int[] characters = TEXT.codePoints().toArray();
        StringBuilder original = new StringBuilder();
        for (int i = random.nextInt(260); i > 0; i--) {
            original.appendCodePoint(characters[random.nextInt(characters.length)]);
        }
        String text = original.toString();

        String reply = "{\"id\":\"x\",\"content\":\"" + escaped(text, random) + "\",\"n\":1}";
        String result = ReplyText.of(reply.getBytes(StandardCharsets.UTF_8));

        String context = "seed " + seed + ": " + text;
        assertTrue(text.startsWith(result), context + " gave " + result);
        assertTrue(result.length() >= Math.min(text.length(), 200), context + " gave " + result);
    }

    /** JSON string escaping, sometimes as backslash-u for characters that need none (a pair of them beyond the BMP). */
    private static String escaped(String text, Random random) {
        StringBuilder json = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\t' -> json.append("\\t");
                case '\r' -> json.append("\\r");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '/' -> json.append(random.nextBoolean() ? "\\/" : "/");
                default -> {
                    boolean escape = c < 0x20 || random.nextInt(5) == 0;
                    for (char half : Character.toChars(c)) {
                        json.append(escape ? String.format("\\u%04x", (int) half) : String.valueOf(half));
                    }
                }
            }
        }
        return json.toString();
    }
}
