package io.tollgate.adapter.provider.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.OutputLimit;
import io.tollgate.adapter.provider.shapes.RequestJson;
import io.tollgate.domain.relay.UpstreamRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Turns the caller's OpenAI body into DashScope's native {@code {model, input:{messages}, parameters}}. */
final class DashScopeRequest {

    private static final List<String> PASSED = List.of("temperature", "top_p", "top_k", "stop", "seed", "presence_penalty",
            "repetition_penalty", "enable_search", "tools", "tool_choice");

    private DashScopeRequest() {}

    /** The native body, or empty when the caller's body is not a JSON object with messages. */
    static Optional<byte[]> translate(UpstreamRequest request) {
        Optional<ObjectNode> body = RequestJson.object(request.body());
        if (body.isEmpty() || !body.get().path("messages").isArray()) {
            return Optional.empty();
        }
        ObjectNode in = body.get();
        ObjectNode out = RequestJson.EXACT.createObjectNode().put("model", request.upstreamModel());
        out.putObject("input").set("messages", in.get("messages"));
        ObjectNode parameters = out.putObject("parameters").put("result_format", "message");
        if (request.stream()) {
            // Without it every event repeats the whole text so far, and the caller would get it many times over.
            parameters.put("incremental_output", true);
        }
        OutputLimit.of(request, in).ifPresent(limit -> parameters.put("max_tokens", limit));
        for (String name : PASSED) {
            JsonNode value = in.get(name);
            if (value != null && !value.isNull()) {
                parameters.set(name, value);
            }
        }
        try {
            return Optional.of(RequestJson.EXACT.writeValueAsBytes(out));
        } catch (IOException cannotHappenForATree) {
            return Optional.empty();
        }
    }
}
