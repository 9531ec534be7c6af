package io.tollgate.adapter.provider.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.KindShapes;
import io.tollgate.adapter.provider.shapes.NativeKindReader;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.shapes.RequestJson;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DashScope's native text-embedding and text-rerank services: the caller's OpenAI embeddings or Jina rerank body as
 * {@code {model, input, parameters}}, and {@code output.embeddings} / {@code output.results} back in the caller's shape.
 */
final class DashScopeKinds {

    static final String EMBEDDING_PATH = "/api/v1/services/embeddings/text-embedding/text-embedding";
    static final String RERANK_PATH = "/api/v1/services/rerank/text-rerank/text-rerank";
    /** text-embedding-v3 and v4 take at most 10 texts a request (v1 and v2 take 25). */
    static final int MAX_TEXTS = 10;

    /** The native request and how to read its answer. */
    record Call(String path, ObjectNode body, NativeKindReader.Translation translation) {}

    private DashScopeKinds() {}

    /**
     * The calls for this kind, one after another (embeddings in batches the platform takes), or empty when the
     * caller's body cannot be sent (token arrays, not JSON).
     */
    static Optional<List<Call>> of(ModelKind kind, String model, byte[] callerBody) {
        Optional<ObjectNode> parsed = RequestJson.object(callerBody);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode in = parsed.get();
        if (kind == ModelKind.EMBEDDING) {
            return KindShapes.batches(in.path("input"), MAX_TEXTS).map(batches -> batches.stream()
                    .map(batch -> embedding(in, model, batch.texts(), batch.offset())).toList());
        }
        ObjectNode out = RequestJson.EXACT.createObjectNode().put("model", model);
        ObjectNode input = out.putObject("input");
        input.set("query", in.path("query"));
        input.set("documents", in.path("documents"));
        ObjectNode parameters = out.putObject("parameters").put("return_documents", in.path("return_documents").asBoolean(true));
        if (in.path("top_n").canConvertToInt()) {
            parameters.put("top_n", in.get("top_n").asInt());
        }
        return Optional.of(List.of(new Call(RERANK_PATH, out, answer -> rerank(answer, model))));
    }

    /** One batch of the caller's texts, the first of them at {@code offset} in its input. */
    private static Call embedding(ObjectNode in, String model, List<String> texts, int offset) {
        ObjectNode out = RequestJson.EXACT.createObjectNode().put("model", model);
        ArrayNode array = out.putObject("input").putArray("texts");
        texts.forEach(array::add);
        ObjectNode parameters = out.putObject("parameters");
        if (in.path("dimensions").canConvertToInt()) {
            parameters.put("dimension", in.get("dimensions").asInt());
        }
        boolean base64 = in.path("encoding_format").asText("float").equals("base64");
        return new Call(EMBEDDING_PATH, out, answer -> embeddings(answer, model, base64, offset));
    }

    private static Optional<ObjectNode> embeddings(JsonNode answer, String model, boolean base64, int offset) {
        JsonNode embeddings = answer.path("output").path("embeddings");
        if (!embeddings.isArray()) {
            return Optional.empty();
        }
        List<KindShapes.Vector> vectors = new ArrayList<>();
        for (JsonNode item : embeddings) {
            vectors.add(new KindShapes.Vector(offset + item.path("text_index").asInt(), item.path("embedding")));
        }
        return Optional.of(KindShapes.embeddings(model, vectors, base64, tokens(answer)));
    }

    private static Optional<ObjectNode> rerank(JsonNode answer, String model) {
        JsonNode results = answer.path("output").path("results");
        if (!results.isArray()) {
            return Optional.empty();
        }
        List<KindShapes.Ranked> ranked = new ArrayList<>();
        for (JsonNode item : results) {
            JsonNode text = item.path("document").path("text");
            ranked.add(new KindShapes.Ranked(item.path("index").asInt(), item.path("relevance_score"),
                    text.isTextual() ? Optional.of(text.asText()) : Optional.empty()));
        }
        return Optional.of(KindShapes.rerank(model, ranked, tokens(answer)));
    }

    private static long tokens(JsonNode answer) {
        return OpenAiShapes.count(answer.path("usage").path("total_tokens"));
    }
}
