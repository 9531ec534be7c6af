package io.tollgate.adapter.provider.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.kind.ModelKind;
import java.io.IOException;
import java.util.Optional;

/** The mock platform's answers to the kinds other than chat, by the request's kind. */
final class MockKinds {

    private MockKinds() {}

    static UpstreamResult answer(UpstreamRequest request, TokenCounter tokens) {
        if (request.kind() == ModelKind.TRANSCRIPTION) {
            return MockAudio.transcription(request);
        }
        JsonNode body;
        try {
            body = OpenAiShapes.JSON.readTree(request.body());
        } catch (IOException notJson) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return refused("the request body is not a JSON object");
        }
        return switch (request.kind()) {
            case EMBEDDING -> MockEmbeddings.answer(body, request, tokens);
            case RERANK -> MockRerank.answer(body, request, tokens);
            case SPEECH -> MockAudio.speech(body);
            case CHAT, TRANSCRIPTION -> OpenAiShapes.unsupportedKind(request.account().platform(), request.kind());
        };
    }

    static UpstreamResult refused(String message) {
        return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, message, Optional.empty(),
                "application/json", MockProvider.errorBody(message, "invalid_request_error")));
    }
}
