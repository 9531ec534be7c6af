package io.tollgate.adapter.http.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.ChatCall;
import io.tollgate.domain.relay.kind.ModelKind;
import java.util.ArrayList;
import java.util.List;

/** Checks a rerank body in the Jina/Cohere shape: {@code {model, query, documents:[string…], top_n?, return_documents?}}. */
final class RerankRequests {

    static final int MAX_DOCUMENTS = 10_000;

    private RerankRequests() {}

    static ChatRequests.Checked check(JsonNode body, byte[] raw) {
        JsonNode model = body.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            return new ChatRequests.Checked.Invalid("model", "'model' is required and must be a string");
        }
        JsonNode query = body.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            return new ChatRequests.Checked.Invalid("query", "'query' is required and must be a non-empty string");
        }
        JsonNode documents = body.get("documents");
        if (documents == null || !documents.isArray() || documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
            return new ChatRequests.Checked.Invalid("documents",
                    "'documents' is required: an array of 1 to " + MAX_DOCUMENTS + " strings");
        }
        List<PromptText> prompt = new ArrayList<>(List.of(new PromptText("query", query.asText())));
        for (int i = 0; i < documents.size(); i++) {
            if (!documents.get(i).isTextual()) {
                return new ChatRequests.Checked.Invalid("documents[" + i + "]", "each document is a string");
            }
            prompt.add(new PromptText("documents", documents.get(i).asText()));
        }
        JsonNode topN = body.get("top_n");
        if (topN != null && !topN.isNull() && !(topN.isIntegralNumber() && topN.canConvertToInt() && topN.asInt() >= 1)) {
            return new ChatRequests.Checked.Invalid("top_n", "'top_n' must be a whole number, 1 or more");
        }
        JsonNode returnDocuments = body.get("return_documents");
        if (returnDocuments != null && !returnDocuments.isNull() && !returnDocuments.isBoolean()) {
            return new ChatRequests.Checked.Invalid("return_documents", "'return_documents' must be true or false");
        }
        return new ChatRequests.Checked.Valid(ChatCall.json(ModelKind.RERANK, model.asText(), raw).withPrompt(prompt));
    }
}
