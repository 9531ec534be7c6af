package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * The few top-level fields of a caller's body that decide whether it must change on its way upstream, read by a
 * streaming scan that builds no tree: the model (and where its string lies in the bytes; -1 when it is not one string
 * given once), the {@code stream} value's token (null when absent), and whether usage is asked for in a stream.
 */
record BodyFields(String model, int modelStart, int modelEnd, JsonToken stream, boolean includeUsage) {

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

        void field(JsonParser parser, String name, JsonToken value) throws IOException {
            switch (name) {
                case "model" -> {
                    models++;
                    model = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    modelStart = model == null ? -1 : (int) parser.currentTokenLocation().getByteOffset();
                }
                case "stream" -> stream = value;
                case "stream_options" -> includeUsage = value == JsonToken.START_OBJECT && includesUsage(parser);
                default -> { }
            }
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
            return new BodyFields(model, start, start < 0 ? -1 : stringEnd(body, start), stream, includeUsage);
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
