package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads only what billing needs from an OpenAI-format reply or chunk (the text it adds, its usage, whether it is
 * an error) with a streaming parser, skipping everything else without building a tree.
 */
final class ChunkParser {

    /** What one chunk or reply says; {@code noChoices} marks the extra usage chunk ({@code choices:[]}). */
    record Chunk(String text, Optional<Usage> usage, boolean noChoices, boolean error) {}

    private static final JsonFactory FACTORY = new JsonFactory();

    private ChunkParser() {}

    static Chunk parse(byte[] data, int offset, int length) throws IOException {
        try (JsonParser parser = FACTORY.createParser(data, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a chunk is a JSON object");
            }
            StringBuilder text = new StringBuilder();
            Optional<Usage> usage = Optional.empty();
            int choices = 0;
            boolean error = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "choices" -> choices = readChoices(parser, text);
                    case "usage" -> usage = value == JsonToken.START_OBJECT ? Optional.of(readUsage(parser)) : Optional.empty();
                    case "error" -> error |= value != JsonToken.VALUE_NULL && value != JsonToken.VALUE_FALSE;
                    // Spark adds a top-level code to every chunk and reply: 0 is success, anything else an error.
                    case "code" -> error |= isErrorCode(parser, value);
                    // Qianfan's v1 shape (error_code, error_msg, no choices) can come in a 200: not an empty answer.
                    case "error_code" -> error |= isErrorCode(parser, value);
                    default -> { }
                }
                parser.skipChildren();
            }
            return new Chunk(text.toString(), usage, choices == 0, error);
        }
    }

    private static int readChoices(JsonParser parser, StringBuilder text) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return 0;
        }
        int count = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            count++;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_OBJECT && field.equals("delta")) {
                    readDelta(parser, text);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return count;
    }

    private static void readDelta(JsonParser parser, StringBuilder text) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING && (field.equals("content") || field.equals("reasoning_content"))) {
                text.append(parser.getText());
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Prompt and completion tokens, and the prompt-cache counts as {@code CacheTokens} reads them from a tree. */
    private static Usage readUsage(JsonParser parser) throws IOException {
        long prompt = 0;
        long completion = 0;
        long hits = 0;
        long misses = 0;
        long topCached = 0;
        long[] details = new long[2];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && field.equals("prompt_tokens_details")) {
                readDetails(parser, details);
            } else if (value != JsonToken.VALUE_NUMBER_INT) {
                parser.skipChildren();
            } else {
                long count = Math.max(0, parser.getLongValue());
                switch (field) {
                    case "prompt_tokens" -> prompt = count;
                    case "completion_tokens" -> completion = count;
                    case "prompt_cache_hit_tokens" -> hits = count;
                    case "prompt_cache_miss_tokens" -> misses = count;
                    case "cached_tokens" -> topCached = count;
                    default -> { }
                }
            }
        }
        return Usage.reported(Math.max(prompt, hits + misses), completion, Math.max(details[0], Math.max(hits, topCached)),
                details[1]);
    }

    /** {@code prompt_tokens_details}: cache reads into {@code counts[0]}, cache writes into {@code counts[1]}. */
    private static void readDetails(JsonParser parser, long[] counts) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                parser.skipChildren();
                continue;
            }
            long count = Math.max(0, parser.getLongValue());
            switch (field) {
                case "cached_tokens" -> counts[0] = Math.max(counts[0], count);
                case "cache_creation_input_tokens", "cache_write_tokens" -> counts[1] = Math.max(counts[1], count);
                default -> { }
            }
        }
    }

    private static boolean isErrorCode(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT -> parser.getLongValue() != 0;
            case VALUE_STRING -> !parser.getText().isBlank() && !parser.getText().strip().equals("0");
            default -> false;
        };
    }
}
