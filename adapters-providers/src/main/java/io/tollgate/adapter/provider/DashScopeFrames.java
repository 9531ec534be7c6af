package io.tollgate.adapter.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One DashScope native stream ({@code incremental_output}): each result event becomes a chunk, the last one also usage and Done. */
final class DashScopeFrames implements SseFrames {

    private final String model;
    private final Instant started;
    private final Function<byte[], UpstreamFailure> classify;
    private boolean roleSent;

    DashScopeFrames(String model, Instant started, Function<byte[], UpstreamFailure> classify) {
        this.model = model;
        this.started = started;
        this.classify = classify;
    }

    @Override
    public List<StreamEvent> translate(String event, byte[] line, int from, int length) {
        JsonNode frame;
        try {
            frame = OpenAiShapes.JSON.readTree(line, from, length);
        } catch (IOException malformed) {
            frame = null;
        }
        if (frame == null || !frame.isObject()) {
            return List.of(new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform sent a malformed event")));
        }
        if (event.equals("error") || DashScopeDialect.INSTANCE.isError(frame)) {
            return List.of(new StreamEvent.Failed(classify.apply(Arrays.copyOfRange(line, from, from + length))));
        }
        OpenAiShapes.Origin origin = DashScopeDialect.origin(frame, model, started);
        JsonNode choice = frame.path("output").path("choices").path(0);
        Optional<String> finish = DashScopeDialect.finish(choice);
        ObjectNode delta = OpenAiShapes.JSON.createObjectNode();
        if (!roleSent) {
            delta.put("role", "assistant");
        }
        JsonNode message = choice.path("message");
        message.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("role")) {
                delta.set(field.getKey(), field.getValue());
            }
        });
        if (finish.isEmpty()) {
            if (delta.path("content").asText("").isEmpty() && delta.size() <= 1) {
                return List.of();
            }
            roleSent = true;
            return List.of(OpenAiShapes.chunk(origin, delta, finish));
        }
        StreamEvent content = OpenAiShapes.chunk(origin, delta, finish);
        if (!frame.path("usage").isObject()) {
            return List.of(content, new StreamEvent.Done());
        }
        return List.of(content, OpenAiShapes.usageChunk(origin, DashScopeDialect.usage(frame)), new StreamEvent.Done());
    }
}
