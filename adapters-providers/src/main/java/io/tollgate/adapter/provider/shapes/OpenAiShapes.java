package io.tollgate.adapter.provider.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Builds OpenAI-format replies, chunks and error bodies for platforms whose own format differs. */
public final class OpenAiShapes {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** Who answered: the id, creation time and model every reply and chunk of one call repeats. */
    public record Origin(String id, long created, String model) {}

    private OpenAiShapes() {}

    /** A {@code chat.completion} with one choice holding {@code message}. */
    public static byte[] completion(Origin origin, ObjectNode message, Optional<String> finish, Usage usage) {
        ObjectNode root = head(origin, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finish.orElse("stop"));
        root.set("usage", usage(usage));
        return bytes(root);
    }

    /** A content chunk; {@code delta} as given, {@code finish_reason} null until the end. */
    public static StreamEvent.Data chunk(Origin origin, ObjectNode delta, Optional<String> finish) {
        ObjectNode root = head(origin, "chat.completion.chunk");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish.isPresent()) {
            choice.put("finish_reason", finish.get());
        } else {
            choice.putNull("finish_reason");
        }
        return new StreamEvent.Data(frame(root), delta.path("content").asText(""), Optional.empty(), false);
    }

    /** The extra chunk with {@code choices:[]} that carries usage, as OpenAI sends with {@code include_usage}. */
    public static StreamEvent.Data usageChunk(Origin origin, Usage usage) {
        ObjectNode root = head(origin, "chat.completion.chunk");
        root.putArray("choices");
        root.set("usage", usage(usage));
        return new StreamEvent.Data(frame(root), "", Optional.of(usage), true);
    }

    /** An OpenAI error body, so a refused call reads the same to the caller whichever platform refused it. */
    static byte[] error(String message, String type, String code) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", message).put("type", type).put("code", code);
        return bytes(error);
    }

    public static ObjectNode assistant(String content) {
        return JSON.createObjectNode().put("role", "assistant").put("content", content);
    }

    public static long count(JsonNode node) {
        return node.canConvertToLong() ? Math.max(0, node.asLong()) : 0;
    }

    private static ObjectNode head(Origin origin, String object) {
        return JSON.createObjectNode().put("id", origin.id()).put("object", object).put("created", origin.created())
                .put("model", origin.model());
    }

    /** OpenAI's usage, with the prompt cache's share in {@code prompt_tokens_details} when there was one. */
    public static ObjectNode usage(Usage usage) {
        ObjectNode node = JSON.createObjectNode().put("prompt_tokens", usage.promptTokens())
                .put("completion_tokens", usage.completionTokens()).put("total_tokens", usage.totalTokens());
        if (usage.cachedReadTokens() > 0 || usage.cacheWriteTokens() > 0) {
            ObjectNode details = node.putObject("prompt_tokens_details").put("cached_tokens", usage.cachedReadTokens());
            if (usage.cacheWriteTokens() > 0) {
                details.put("cache_creation_input_tokens", usage.cacheWriteTokens());
            }
        }
        return node;
    }

    private static byte[] frame(ObjectNode root) {
        return ("data: " + root + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ObjectNode root) {
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The caller's refusal when its body is not a chat request the platform can take. */
    public static UpstreamResult notAChatRequest() {
        String message = "the request body is not a chat request this platform can take";
        return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, message, Optional.empty(),
                "application/json", error(message, "invalid_request_error", "")));
    }

    /**
     * The caller's refusal when the platform's adapter does not serve models of this kind (an admin routed one to it):
     * said plainly, never retried on another account of the same platform.
     */
    public static UpstreamResult unsupportedKind(Platform platform, ModelKind kind) {
        String message = "the " + platform.displayName() + " platform does not serve " + kind.wireName()
                + " models through Tollgate yet; route the model to an OpenAI-compatible account";
        return new UpstreamResult.Failed(new UpstreamFailure(FailureClass.CLIENT, 400, message, Optional.empty(),
                "application/json", error(message, "invalid_request_error", "unsupported_model_kind")));
    }
}
