package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A caller's own Messages body, passed on without loss: only the model is renamed, max_tokens lowered to what the
 * call holds for and stream set as the call streams; system blocks, cache_control, thinking and the rest stay.
 */
final class AnthropicNative {

    private AnthropicNative() {}

    static Optional<byte[]> body(UpstreamRequest request) {
        JsonNode root;
        try {
            root = AnthropicRequest.JSON.readTree(request.body());
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (!(root instanceof ObjectNode body)) {
            return Optional.empty();
        }
        body.put("model", request.upstreamModel());
        JsonNode asked = body.path("max_tokens");
        OptionalLong limit = request.outputLimit(asked.isIntegralNumber() ? OptionalLong.of(asked.asLong()) : OptionalLong.empty());
        if (limit.isPresent()) {
            body.put("max_tokens", limit.getAsLong());
        }
        if (request.stream()) {
            body.put("stream", true);
        } else {
            body.remove("stream");
        }
        try {
            return Optional.of(AnthropicRequest.JSON.writeValueAsBytes(body));
        } catch (IOException cannotHappenForATree) {
            return Optional.empty();
        }
    }

    /** The platform's message as it came, with its usage (cache reads and writes counted in the prompt). */
    static Optional<UpstreamResult.Completed> reply(JsonNode reply, byte[] body) {
        if (!reply.path("type").asText().equals("message")) {
            return Optional.empty();
        }
        return Optional.of(new UpstreamResult.Completed(body, Optional.of(AnthropicReply.usage(reply.path("usage"), 0)), text(reply)));
    }

    /** The text blocks, as much as a call summary keeps and one character more. */
    private static String text(JsonNode reply) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : reply.path("content")) {
            text.append(block.path("text").asText(""));
        }
        return text.length() <= CallSummary.MAX ? text.toString() : text.substring(0, CallSummary.MAX + 1);
    }
}
