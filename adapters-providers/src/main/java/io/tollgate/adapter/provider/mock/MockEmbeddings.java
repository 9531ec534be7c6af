package io.tollgate.adapter.provider.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The mock platform's embeddings: for each input a unit vector seeded by the SHA-256 of its text (a token array by
 * its numbers), so the same input always has the same vector; {@code dimensions} long (1536 by default), as floats
 * or as base64 of little-endian float32, as OpenAI sends them.
 */
final class MockEmbeddings {

    static final int DEFAULT_DIMENSIONS = 1536;

    private MockEmbeddings() {}

    static UpstreamResult answer(JsonNode body, UpstreamRequest request, TokenCounter tokens) {
        JsonNode input = body.path("input");
        int dimensions = body.path("dimensions").canConvertToInt() && body.path("dimensions").asInt() > 0
                ? body.path("dimensions").asInt() : DEFAULT_DIMENSIONS;
        boolean base64 = body.path("encoding_format").asText("float").equals("base64");
        boolean tokenArray = input.isArray() && !input.isEmpty() && input.get(0).isNumber();
        Iterable<JsonNode> items = input.isArray() && !tokenArray ? input : java.util.List.of(input);
        ObjectNode reply = OpenAiShapes.JSON.createObjectNode().put("object", "list");
        ArrayNode data = reply.putArray("data");
        long used = 0;
        int index = 0;
        for (JsonNode item : items) {
            String text = item.isTextual() ? item.asText() : item.toString();
            used += item.isTextual() ? tokens.count(text) : item.size();
            float[] vector = vector(text, dimensions);
            ObjectNode entry = data.addObject().put("object", "embedding").put("index", index++);
            if (base64) {
                entry.put("embedding", base64(vector));
            } else {
                ArrayNode numbers = entry.putArray("embedding");
                for (float value : vector) {
                    numbers.add(value);
                }
            }
        }
        reply.put("model", request.upstreamModel());
        reply.putObject("usage").put("prompt_tokens", used).put("total_tokens", used);
        return new UpstreamResult.Completed(reply.toString().getBytes(StandardCharsets.UTF_8),
                Optional.of(new Usage(used, 0, false)), "");
    }

    static float[] vector(String text, int dimensions) {
        SplittableRandom random = new SplittableRandom(ByteBuffer.wrap(sha256(text)).getLong());
        float[] vector = new float[dimensions];
        double length = 0;
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (random.nextDouble() * 2 - 1);
            length += vector[i] * vector[i];
        }
        double norm = Math.sqrt(length);
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (vector[i] / norm);
        }
        return vector;
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
