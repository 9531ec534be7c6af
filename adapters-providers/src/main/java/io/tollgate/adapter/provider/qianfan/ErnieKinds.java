package io.tollgate.adapter.provider.qianfan;

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
import java.util.Locale;
import java.util.Optional;

/**
 * Qianfan v1's embeddings and reranker endpoints: the caller's OpenAI embeddings or Jina rerank body as v1's
 * {@code {input}} / {@code {query, documents, top_n}}, and {@code data} / {@code results} back in the caller's shape.
 */
final class ErnieKinds {

    static final String EMBEDDING_PATH = "/rpc/2.0/ai_custom/v1/wenxinworkshop/embeddings/";
    static final String RERANK_PATH = "/rpc/2.0/ai_custom/v1/wenxinworkshop/reranker/";
    /** Embedding-V1 and the bge models take at most 16 texts a request; tao-8k one. */
    static final int MAX_TEXTS = 16;

    /** The v1 request (its path up to the endpoint) and how to read its answer. */
    record Call(String path, ObjectNode body, NativeKindReader.Translation translation) {}

    private ErnieKinds() {}

    /**
     * The calls for this kind, one after another (embeddings in batches the endpoint takes), or empty when the
     * caller's body cannot be sent (token arrays, not JSON).
     */
    static Optional<List<Call>> of(ModelKind kind, String model, byte[] callerBody) {
        Optional<ObjectNode> parsed = RequestJson.object(callerBody);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode in = parsed.get();
        if (kind == ModelKind.EMBEDDING) {
            int size = model.toLowerCase(Locale.ROOT).startsWith("tao-8k") ? 1 : MAX_TEXTS;
            return KindShapes.batches(in.path("input"), size).map(batches -> batches.stream()
                    .map(batch -> embedding(in, model, batch.texts(), batch.offset())).toList());
        }
        ObjectNode out = RequestJson.EXACT.createObjectNode();
        out.set("query", in.path("query"));
        out.set("documents", in.path("documents"));
        if (in.path("top_n").canConvertToInt()) {
            out.put("top_n", in.get("top_n").asInt());
        }
        boolean withDocuments = in.path("return_documents").asBoolean(true);
        return Optional.of(List.of(new Call(RERANK_PATH, out, answer -> rerank(answer, model, withDocuments))));
    }

    /** One batch of the caller's texts, the first of them at {@code offset} in its input. */
    private static Call embedding(ObjectNode in, String model, List<String> texts, int offset) {
        ObjectNode out = RequestJson.EXACT.createObjectNode();
        ArrayNode input = out.putArray("input");
        texts.forEach(input::add);
        if (in.path("user").isTextual()) {
            out.put("user_id", in.get("user").asText());
        }
        boolean base64 = in.path("encoding_format").asText("float").equals("base64");
        return new Call(EMBEDDING_PATH, out, answer -> embeddings(answer, model, base64, offset));
    }

    private static Optional<ObjectNode> embeddings(JsonNode answer, String model, boolean base64, int offset) {
        JsonNode data = answer.path("data");
        if (!data.isArray()) {
            return Optional.empty();
        }
        List<KindShapes.Vector> vectors = new ArrayList<>();
        for (JsonNode item : data) {
            vectors.add(new KindShapes.Vector(offset + item.path("index").asInt(), item.path("embedding")));
        }
        return Optional.of(KindShapes.embeddings(model, vectors, base64, tokens(answer)));
    }

    private static Optional<ObjectNode> rerank(JsonNode answer, String model, boolean withDocuments) {
        JsonNode results = answer.path("results");
        if (!results.isArray()) {
            return Optional.empty();
        }
        List<KindShapes.Ranked> ranked = new ArrayList<>();
        for (JsonNode item : results) {
            JsonNode document = item.path("document");
            Optional<String> text = withDocuments && document.isTextual() ? Optional.of(document.asText()) : Optional.empty();
            ranked.add(new KindShapes.Ranked(item.path("index").asInt(), item.path("relevance_score"), text));
        }
        return Optional.of(KindShapes.rerank(model, ranked, tokens(answer)));
    }

    private static long tokens(JsonNode answer) {
        JsonNode usage = answer.path("usage");
        return OpenAiShapes.count(usage.has("prompt_tokens") ? usage.path("prompt_tokens") : usage.path("total_tokens"));
    }
}
