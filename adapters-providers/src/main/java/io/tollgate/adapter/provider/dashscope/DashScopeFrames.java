package io.tollgate.adapter.provider.dashscope;

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

/** One DashScope native stream ({@code incremental_output}): each result event becomes a chunk, the last one also usage and Done. */
final class DashScopeFrames extends NativeFrames {

    private boolean roleSent;

    DashScopeFrames(String model, Instant started, Function<byte[], UpstreamFailure> classify) {
        super(model, started, DashScopeDialect.INSTANCE, classify);
    }

    @Override
    protected List<StreamEvent> frame(JsonNode frame) {
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
