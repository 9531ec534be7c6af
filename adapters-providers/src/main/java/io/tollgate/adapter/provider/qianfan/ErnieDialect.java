package io.tollgate.adapter.provider.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Qianfan v1 replies: the text in {@code result}, usage in {@code usage}, errors as {@code error_code} even with a 200. */
final class ErnieDialect implements NativeDialect {

    static final ErnieDialect INSTANCE = new ErnieDialect();

    private ErnieDialect() {}

    @Override
    public Platform platform() {
        return Platform.ERNIE_V1;
    }

    @Override
    public boolean isError(JsonNode reply) {
        JsonNode code = reply.path("error_code");
        return !code.isMissingNode() && !code.isNull() && !code.asText("").equals("0");
    }

    @Override
    public Optional<UpstreamResult.Completed> completion(JsonNode reply, String model, Instant now) {
        if (!reply.path("result").isTextual()) {
            return Optional.empty();
        }
        Usage usage = usage(reply);
        byte[] body = OpenAiShapes.completion(origin(reply, model, now), OpenAiShapes.assistant(reply.get("result").asText()),
                Optional.of(finish(reply)), usage);
        return Optional.of(new UpstreamResult.Completed(body, Optional.of(usage), ReplyText.of(body)));
    }

    @Override
    public SseFrames frames(String model, Instant now, Function<byte[], UpstreamFailure> classify) {
        return new ErnieFrames(model, now, classify);
    }

    static OpenAiShapes.Origin origin(JsonNode reply, String model, Instant now) {
        long created = reply.path("created").canConvertToLong() ? reply.get("created").asLong() : now.getEpochSecond();
        return new OpenAiShapes.Origin(reply.path("id").asText("chatcmpl-ernie"), created, model);
    }

    static Usage usage(JsonNode reply) {
        JsonNode usage = reply.path("usage");
        return new Usage(OpenAiShapes.count(usage.path("prompt_tokens")), OpenAiShapes.count(usage.path("completion_tokens")), false);
    }

    static String finish(JsonNode reply) {
        return switch (reply.path("finish_reason").asText("")) {
            case "length" -> "length";
            case "content_filter" -> "content_filter";
            case "function_call" -> "tool_calls";
            default -> reply.path("is_truncated").asBoolean(false) ? "length" : "stop";
        };
    }
}
