package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.adapter.provider.transport.SseFrames;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Anthropic Messages stream events, each turned into the OpenAI chunks the caller gets. */
final class AnthropicFrames implements SseFrames {

    private final AnthropicChunks chunks;
    private final Function<byte[], UpstreamFailure> classify;

    /** {@code classify} turns an error event's payload into a failure. */
    AnthropicFrames(AnthropicChunks chunks, Function<byte[], UpstreamFailure> classify) {
        this.chunks = chunks;
        this.classify = classify;
    }

    @Override
    public List<StreamEvent> translate(String event, byte[] line, int from, int length) {
        byte[] payload = Arrays.copyOfRange(line, from, from + length);
        JsonNode node;
        try {
            node = AnthropicRequest.JSON.readTree(payload);
        } catch (IOException malformed) {
            return List.of(new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform sent a malformed event")));
        }
        if (event.equals("error") || node.path("type").asText().equals("error")) {
            return List.of(new StreamEvent.Failed(classify.apply(payload)));
        }
        return chunks.on(node);
    }
}
