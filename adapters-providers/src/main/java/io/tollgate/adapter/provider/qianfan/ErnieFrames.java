package io.tollgate.adapter.provider.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.NativeFrames;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One Qianfan v1 stream: each {@code result} frame becomes a chunk; the {@code is_end} frame also usage and Done. */
final class ErnieFrames extends NativeFrames {

    private boolean roleSent;

    ErnieFrames(String model, Instant started, Function<byte[], UpstreamFailure> classify) {
        super(model, started, ErnieDialect.INSTANCE, classify);
    }

    @Override
    protected List<StreamEvent> frame(JsonNode frame) {
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
