package io.tollgate.adapter.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.transport.SseFrames;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * OpenAI's Responses stream, passed through event by event ({@code event:} and {@code data:} lines as OpenAI sent them):
 * the text deltas counted for an estimate, the usage read from {@code response.completed} (or
 * {@code response.incomplete}), which ends the stream; {@code error} and {@code response.failed} are failures.
 */
final class ResponsesFrames implements SseFrames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<byte[], UpstreamFailure> classify;
    private final String askedModel;

    /** {@code askedModel} is what the caller named, which the events' response carries instead of OpenAI's name. */
    ResponsesFrames(Function<byte[], UpstreamFailure> classify, String askedModel) {
        this.classify = classify;
        this.askedModel = askedModel;
    }

    @Override
    public List<StreamEvent> translate(String event, byte[] line, int from, int length) {
        JsonNode data;
        try {
            data = JSON.readTree(line, from, length);
        } catch (IOException malformed) {
            return List.of(new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "the platform sent a malformed event")));
        }
        String type = data.path("type").asText(event);
        byte[] payload = Arrays.copyOfRange(line, from, from + length);
        if (type.equals("error") || type.equals("response.failed") || event.equals("error")) {
            return List.of(new StreamEvent.Failed(classify.apply(type.equals("response.failed")
                    ? JSON.createObjectNode().set("error", data.path("response").path("error")).toString().getBytes(StandardCharsets.UTF_8)
                    : payload)));
        }
        String json = new String(payload, StandardCharsets.UTF_8);
        if (data.path("response") instanceof ObjectNode response && response.path("model").isTextual()
                && !response.get("model").asText().equals(askedModel)) {
            response.put("model", askedModel);
            json = data.toString();
        }
        byte[] bytes = ("event: " + type + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
        String text = type.endsWith(".delta") ? data.path("delta").asText("") : "";
        if (type.equals("response.completed") || type.equals("response.incomplete")) {
            Optional<Usage> usage = ResponsesBody.usage(data.path("response").path("usage"));
            return List.of(new StreamEvent.Data(bytes, text, usage, false), new StreamEvent.Done());
        }
        return List.of(new StreamEvent.Data(bytes, text, Optional.empty(), false));
    }
}
