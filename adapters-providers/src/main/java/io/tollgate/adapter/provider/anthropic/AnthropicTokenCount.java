package io.tollgate.adapter.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.transport.Bodies;
import io.tollgate.adapter.provider.transport.Exchange;
import io.tollgate.adapter.provider.transport.Timeouts;
import io.tollgate.adapter.provider.transport.Watchdogs;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/** Anthropic's {@code /v1/messages/count_tokens}: the fields it takes from a Messages body, and the count it answers. */
final class AnthropicTokenCount {

    private static final String[] COUNTED = {"messages", "system", "tools", "tool_choice", "thinking", "mcp_servers"};

    private AnthropicTokenCount() {}

    /** The count request's body (it refuses a message's other fields), or empty for a body that is no object. */
    static Optional<byte[]> body(UpstreamRequest request) {
        try {
            JsonNode root = AnthropicRequest.JSON.readTree(request.body());
            if (!(root instanceof ObjectNode caller)) {
                return Optional.empty();
            }
            ObjectNode out = AnthropicRequest.JSON.createObjectNode().put("model", request.upstreamModel());
            for (String field : COUNTED) {
                if (caller.has(field)) {
                    out.set(field, caller.get(field));
                }
            }
            return Optional.of(AnthropicRequest.JSON.writeValueAsBytes(out));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** Reads the count into a completed result's units; any other answer is no count. */
    static UpstreamResult read(Exchange exchange, Timeouts timeouts, Clock clock, Watchdogs timer) throws IOException {
        byte[] body = Bodies.read(exchange, Bodies.MAX_ERROR_BODY, timeouts.idleFrom(clock.instant()), timer);
        JsonNode count = exchange.status() == 200 ? AnthropicRequest.JSON.readTree(body).path("input_tokens") : null;
        return new UpstreamResult.Completed(body, Optional.empty(), "", UpstreamRequest.JSON,
                count != null && count.isIntegralNumber() && count.asLong() >= 0 ? OptionalLong.of(count.asLong()) : OptionalLong.empty());
    }
}
