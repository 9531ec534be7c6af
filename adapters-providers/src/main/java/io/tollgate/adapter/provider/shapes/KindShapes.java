package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * OpenAI's embeddings list and Jina's rerank reply, built from what a native platform sent, so that the caller and the
 * billing read every platform's answer the same way.
 */
public final class KindShapes {

    /** One input's vector: its place in the caller's input and the platform's numbers. */
    public record Vector(int index, JsonNode values) {}

    /** One document's score: its place in the caller's documents, the platform's score and (if sent) its text. */
    public record Ranked(int index, JsonNode score, Optional<String> text) {}

    private KindShapes() {}

    /** Consecutive texts of the caller's input and the index of the first, as one native request carries them. */
    public record Batch(List<String> texts, int offset) {}

    /** The caller's input in batches of at most {@code size} texts; empty for token arrays. */
    public static Optional<List<Batch>> batches(JsonNode input, int size) {
        return texts(input).map(texts -> java.util.stream.IntStream.iterate(0, offset -> offset < texts.size(), offset -> offset + size)
                .mapToObj(offset -> new Batch(texts.subList(offset, Math.min(offset + size, texts.size())), offset)).toList());
    }

    /** The caller's input as texts; empty for token arrays, which the native platforms cannot take. */
    public static Optional<List<String>> texts(JsonNode input) {
        if (input.isTextual()) {
            return Optional.of(List.of(input.asText()));
        }
        if (!input.isArray() || input.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : input) {
            if (!item.isTextual()) {
                return Optional.empty();
            }
            texts.add(item.asText());
        }
        return Optional.of(texts);
    }

    /** An OpenAI {@code list} of embeddings in input order, as floats or as base64 of little-endian float32. */
    public static ObjectNode embeddings(String model, List<Vector> vectors, boolean base64, long tokens) {
        ObjectNode reply = OpenAiShapes.JSON.createObjectNode().put("object", "list");
        ArrayNode data = reply.putArray("data");
        vectors.stream().sorted(Comparator.comparingInt(Vector::index)).forEach(vector -> {
            ObjectNode entry = data.addObject().put("object", "embedding").put("index", vector.index());
            if (base64) {
                entry.put("embedding", base64(vector.values()));
            } else {
                entry.set("embedding", vector.values());
            }
        });
        reply.put("model", model);
        reply.set("usage", usage(tokens));
        return reply;
    }

    /** A Jina rerank reply, best score first. */
    public static ObjectNode rerank(String model, List<Ranked> ranked, long tokens) {
        ObjectNode reply = OpenAiShapes.JSON.createObjectNode().put("model", model);
        ArrayNode results = reply.putArray("results");
        ranked.stream().sorted(Comparator.comparingDouble((Ranked result) -> result.score().asDouble()).reversed()
                .thenComparingInt(Ranked::index)).forEach(result -> {
            ObjectNode entry = results.addObject().put("index", result.index());
            entry.set("relevance_score", result.score());
            result.text().ifPresent(text -> entry.putObject("document").put("text", text));
        });
        reply.set("usage", usage(tokens));
        return reply;
    }

    /**
     * Sends the calls one after another: the first failure is the answer (the relay fails over as for any other), else
     * their replies joined; a platform that takes a few texts a request embeds a longer input in batches this way.
     */
    public static <T> UpstreamResult inTurn(List<T> calls, Function<T, UpstreamResult> send) {
        List<UpstreamResult.Completed> parts = new ArrayList<>();
        for (T call : calls) {
            UpstreamResult result = send.apply(call);
            if (!(result instanceof UpstreamResult.Completed completed)) {
                return result;
            }
            parts.add(completed);
        }
        return parts.size() == 1 ? parts.get(0) : joined(parts);
    }

    /** The replies to consecutive batches (each indexed from the whole input's start): their data in order, tokens summed. */
    private static UpstreamResult.Completed joined(List<UpstreamResult.Completed> parts) {
        ObjectNode reply = null;
        long tokens = 0;
        for (UpstreamResult.Completed part : parts) {
            ObjectNode answer = (ObjectNode) read(part.body());
            if (reply == null) {
                reply = answer;
            } else {
                ((ArrayNode) reply.get("data")).addAll((ArrayNode) answer.get("data"));
            }
            tokens += part.usage().map(Usage::promptTokens).orElse(0L);
        }
        reply.set("usage", usage(tokens));
        return new UpstreamResult.Completed(reply.toString().getBytes(StandardCharsets.UTF_8),
                Optional.of(new Usage(tokens, 0, false)), "");
    }

    /** The caller's refusal when its input is token arrays: these platforms embed text only. */
    public static UpstreamResult notTexts() {
        String message = "this platform embeds text only: send 'input' as a string or an array of strings";
        return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, message, Optional.empty(),
                "application/json", OpenAiShapes.error(message, "invalid_request_error", "unsupported_input")));
    }

    private static JsonNode read(byte[] body) {
        try {
            return OpenAiShapes.JSON.readTree(body);
        } catch (IOException ownReplyIsJson) {
            throw new IllegalStateException(ownReplyIsJson);
        }
    }

    private static ObjectNode usage(long tokens) {
        return OpenAiShapes.JSON.createObjectNode().put("prompt_tokens", tokens).put("total_tokens", tokens);
    }

    private static String base64(JsonNode values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (JsonNode value : values) {
            bytes.putFloat(value.floatValue());
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
