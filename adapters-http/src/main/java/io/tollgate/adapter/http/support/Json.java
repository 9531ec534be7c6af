package io.tollgate.adapter.http.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The one JSON configuration: numbers read exactly as BigDecimal within bounds (at most {@value #MAX_NUMBER_LENGTH}
 * characters, an exponent within ±{@value BoundedNumbers#MAX_SCALE}), written plainly, no trailing junk.
 */
public final class Json {

    /** The longest number a request may hold, in characters: no amount, count or parameter needs more. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The bounds, as a refusal names them. */
    public static final String NUMBER_BOUNDS =
            "numbers at most " + MAX_NUMBER_LENGTH + " characters, exponents within ±" + BoundedNumbers.MAX_SCALE;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(new BoundedNumbers())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxNumberLength(MAX_NUMBER_LENGTH).build());
    }

    private Json() {}

    /** The parsed document, or empty when the bytes are not JSON or a number in them is out of bounds. */
    public static Optional<JsonNode> parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return Optional.ofNullable(node).filter(n -> !n.isMissingNode());
        } catch (IOException notJson) {
            return Optional.empty();
        } catch (NumberFormatException | ArithmeticException numberOutOfBounds) {
            // BigDecimal refuses an exponent beyond an int (1e-2147483649), and BoundedNumbers one beyond its bound
            return Optional.empty();
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException bug) {
            throw new IllegalStateException("cannot write JSON", bug);
        }
    }

    /** The text field, or null when absent, null or not text. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
