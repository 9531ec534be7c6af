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

/** One Qianfan v1 stream: each {@code result} frame becomes a chunk; the {@code is_end} frame also usage and Done. */
final class ErnieFrames implements SseFrames {

    private final String model;
    private final Instant started;
    private final Function<byte[], UpstreamFailure> classify;
    private boolean roleSent;

    ErnieFrames(String model, Instant started, Function<byte[], UpstreamFailure> classify) {
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
        if (event.equals("error") || ErnieDialect.INSTANCE.isError(frame)) {
            return List.of(new StreamEvent.Failed(classify.apply(Arrays.copyOfRange(line, from, from + length))));
        }
        OpenAiShapes.Origin origin = ErnieDialect.origin(frame, model, started);
        ObjectNode delta = OpenAiShapes.JSON.createObjectNode();
        if (!roleSent) {
            delta.put("role", "assistant");
            roleSent = true;
        }
        delta.put("content", frame.path("result").asText(""));
        if (!frame.path("is_end").asBoolean(false)) {
            return List.of(OpenAiShapes.chunk(origin, delta, Optional.empty()));
        }
        return List.of(OpenAiShapes.chunk(origin, delta, Optional.of(ErnieDialect.finish(frame))),
                OpenAiShapes.usageChunk(origin, ErnieDialect.usage(frame)), new StreamEvent.Done());
    }
}
