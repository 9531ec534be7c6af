package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Anthropic's own events passed to a Messages caller as they came, with the usage read on the way (message_start's
 * input and cache tokens, message_delta's output). message_start waits for the next event, so an overloaded_error
 * right after it still fails over; message_stop ends the stream, and the door writes its own after settling.
 */
final class AnthropicNativeFrames implements SseFrames {

    private final Function<byte[], UpstreamFailure> classify;
    private StreamEvent.Data start;
    private Usage usage = Usage.NONE;

    AnthropicNativeFrames(Function<byte[], UpstreamFailure> classify) {
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
        String type = node == null ? "" : node.path("type").asText("");
        if (event.equals("error") || type.equals("error")) {
            return List.of(new StreamEvent.Failed(classify.apply(payload)));
        }
        switch (type) {
            case "message_start" -> {
                usage = AnthropicReply.usage(node.path("message").path("usage"), 0);
                start = data(type, payload, "", Optional.of(usage));
                return List.of();
            }
            case "message_stop" -> {
                return List.of(new StreamEvent.Done());
            }
            case "message_delta" -> usage = new Usage(AnthropicReply.usage(node.path("usage"), usage.promptTokens()).promptTokens(),
                    Math.max(0, node.path("usage").path("output_tokens").asLong(usage.completionTokens())), false);
            default -> { }
        }
        StreamEvent.Data data = data(type, payload, text(node.path("delta")), type.equals("message_delta") ? Optional.of(usage) : Optional.empty());
        if (start == null) {
            return List.of(data);
        }
        StreamEvent.Data held = start;
        start = null;
        return List.of(held, data);
    }

    private static String text(JsonNode delta) {
        return delta.path("text").asText(delta.path("partial_json").asText(delta.path("thinking").asText("")));
    }

    private static StreamEvent.Data data(String type, byte[] payload, String text, Optional<Usage> usage) {
        byte[] head = ("event: " + type + "\ndata: ").getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[head.length + payload.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(payload, 0, frame, head.length, payload.length);
        frame[frame.length - 2] = '\n';
        frame[frame.length - 1] = '\n';
        return new StreamEvent.Data(frame, text, usage, false);
    }
}
