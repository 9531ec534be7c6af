package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/** The caller's JSON body read for translation into a platform's native request, decimals kept exact. */
public final class RequestJson {

    // Exact decimals: a caller's 0.70 must reach the platform as 0.70, not as a rounded double.
    public static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private RequestJson() {}

    /** The body as a JSON object, or empty when it is none. */
    public static Optional<ObjectNode> object(byte[] body) {
        try {
            return EXACT.readTree(body) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
