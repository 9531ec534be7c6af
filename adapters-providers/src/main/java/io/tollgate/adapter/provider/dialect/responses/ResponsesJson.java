package io.tollgate.adapter.provider.dialect.responses;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** The JSON both translations share: exact decimals, OpenAI-style ids, and one SSE event of the Responses stream. */
final class ResponsesJson {

    // Exact decimals: a caller's temperature of 0.70 reaches the platform as 0.70, not as a rounded double.
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResponsesJson() {}

    /** The body as a JSON object, or empty when it is not one. */
    static Optional<ObjectNode> object(byte[] body) {
        try {
            return JSON.readTree(body) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A fresh id with OpenAI's prefix for its kind ({@code resp}, {@code msg}, {@code fc}). */
    static String id(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + "_" + HexFormat.of().formatHex(bytes);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }

    /** {@code event: <type>} and {@code data: <event>}, as OpenAI sends each event of a response stream. */
    static byte[] event(ObjectNode event) {
        try {
            return ("event: " + event.path("type").asText() + "\ndata: " + JSON.writeValueAsString(event) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException cannotHappenForATree) {
            throw new UncheckedIOException(cannotHappenForATree);
        }
    }
}
