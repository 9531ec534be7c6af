package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * The few top-level fields of a caller's body that decide whether it must change on its way upstream, read by a
 * streaming scan that builds no tree: the model (and where its string lies in the bytes; -1 when it is not one string
 * given once), the {@code stream} value's token (null when absent), whether usage is asked for in a stream, and the
 * output limits {@code max_tokens} and {@code max_completion_tokens} ({@link #ABSENT}, a positive integer, or
 * {@link #OTHER} for any other value).
 */
record BodyFields(String model, int modelStart, int modelEnd, JsonToken stream, boolean includeUsage, long maxTokens,
                  long maxCompletionTokens) {

    /** An output limit the body does not have. */
    static final long ABSENT = -1;
    /** An output limit that is not a positive integer. */
    static final long OTHER = -2;

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The fields, or empty when the body is not one well-formed JSON object. */
    static Optional<BodyFields> scan(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Scan scan = new Scan();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                scan.field(parser, parser.currentName(), parser.nextToken());
                parser.skipChildren();
            }
            return parser.nextToken() == null ? Optional.of(scan.fields(body)) : Optional.empty();
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    /** Whether the model's string can be replaced in place. */
    boolean modelInPlace() {
        return modelStart >= 0;
    }

    /** What the scan has seen so far; a field given twice counts as its last value, as a tree would read it. */
    private static final class Scan {
        private String model;
        private int modelStart = -1;
        private int models;
        private JsonToken stream;
        private boolean includeUsage;
        private long maxTokens = ABSENT;
        private long maxCompletionTokens = ABSENT;

        void field(JsonParser parser, String name, JsonToken value) throws IOException {
            switch (name) {
                case "model" -> {
                    models++;
                    model = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    modelStart = model == null ? -1 : (int) parser.currentTokenLocation().getByteOffset();
                }
                case "stream" -> stream = value;
                case "stream_options" -> includeUsage = value == JsonToken.START_OBJECT && includesUsage(parser);
                case "max_tokens" -> maxTokens = limit(parser, value);
                case "max_completion_tokens" -> maxCompletionTokens = limit(parser, value);
                default -> { }
            }
        }

        private static long limit(JsonParser parser, JsonToken value) throws IOException {
            boolean positiveLong = value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    && parser.getLongValue() > 0;
            return positiveLong ? parser.getLongValue() : OTHER;
        }

        private static boolean includesUsage(JsonParser parser) throws IOException {
            boolean included = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String option = parser.currentName();
                JsonToken value = parser.nextToken();
                if (option.equals("include_usage")) {
                    included = value == JsonToken.VALUE_TRUE;
                }
                parser.skipChildren();
            }
            return included;
        }

        BodyFields fields(byte[] body) {
            int start = models == 1 ? modelStart : -1;
            return new BodyFields(model, start, start < 0 ? -1 : stringEnd(body, start), stream, includeUsage,
                    maxTokens, maxCompletionTokens);
        }

        /** Just past the closing quote of the string whose opening quote is at {@code start}. */
        private static int stringEnd(byte[] body, int start) {
            int at = start + 1;
            while (body[at] != '"') {
                at += body[at] == '\\' ? 2 : 1;
            }
            return at + 1;
        }
    }
}
