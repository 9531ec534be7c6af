package io.tollgate.adapter.provider.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.shapes.CacheTokens;
import io.tollgate.adapter.provider.shapes.NativeDialect;
import io.tollgate.adapter.provider.shapes.OpenAiShapes;
import io.tollgate.adapter.provider.shapes.ReplyText;
import io.tollgate.adapter.provider.transport.SseFrames;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** DashScope native replies: {@code output.choices[0].message}, usage as {@code input_tokens/output_tokens}. */
final class DashScopeDialect implements NativeDialect {

    static final DashScopeDialect INSTANCE = new DashScopeDialect();

    private DashScopeDialect() {}

    @Override
    public Platform platform() {
        return Platform.DASHSCOPE_NATIVE;
    }

    @Override
    public boolean isError(JsonNode reply) {
        return !reply.path("code").asText("").isEmpty() && !reply.path("output").isObject();
    }

    @Override
    public Optional<UpstreamResult.Completed> completion(JsonNode reply, String model, Instant now) {
        JsonNode choice = reply.path("output").path("choices").path(0);
        ObjectNode message;
        if (choice.path("message").isObject()) {
            message = ((ObjectNode) choice.get("message")).deepCopy();
            message.put("role", "assistant");
        } else if (reply.path("output").path("text").isTextual()) {
            message = OpenAiShapes.assistant(reply.path("output").path("text").asText());
        } else {
            return Optional.empty();
        }
        Usage usage = usage(reply);
        byte[] body = OpenAiShapes.completion(origin(reply, model, now), message, finish(choice), usage);
        return Optional.of(new UpstreamResult.Completed(body, Optional.of(usage), ReplyText.of(body)));
    }

    @Override
    public SseFrames frames(String model, Instant now, Function<byte[], UpstreamFailure> classify) {
        return new DashScopeFrames(model, now, classify);
    }

    static OpenAiShapes.Origin origin(JsonNode reply, String model, Instant now) {
        return new OpenAiShapes.Origin("chatcmpl-" + reply.path("request_id").asText(""), now.getEpochSecond(), model);
    }

    static Usage usage(JsonNode reply) {
        JsonNode usage = reply.path("usage");
        return CacheTokens.usage(usage, OpenAiShapes.count(usage.path("input_tokens")), OpenAiShapes.count(usage.path("output_tokens")));
    }

    /** DashScope writes the string "null" until the last event. */
    static Optional<String> finish(JsonNode choice) {
        String reason = choice.path("finish_reason").asText("");
        return reason.isEmpty() || reason.equals("null") ? Optional.empty() : Optional.of(reason);
    }
}
