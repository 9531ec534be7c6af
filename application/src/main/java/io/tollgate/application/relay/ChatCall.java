package io.tollgate.application.relay;

import io.tollgate.application.moderation.PromptText;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.kind.Dialect;
import io.tollgate.domain.relay.UpstreamRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A validated request to one of the OpenAI-compatible endpoints: the model, the caller's body as received and its
 * content type, whether it streams and wants the usage chunk, the caller's max_tokens (the output the call holds for,
 * within the model's maximum), the endpoint it came through, named by the kind of model that endpoint serves, the
 * units the request itself measures where its kind is not billed on tokens (a speech's input characters, a
 * transcription's audio length, exact from a WAV header, else bounded from the file's size), which its hold counts
 * on, the caller's text as the endpoint's check found it (what a model's moderation reads), and the dialect the body
 * is written in with the caller's headers of that dialect. For a dialect other than chat completions, maxTokens is
 * the dialect's own output limit ({@code max_tokens} of Messages, {@code max_output_tokens} of Responses).
 */
public record ChatCall(String model, byte[] body, boolean stream, boolean wantsUsage, OptionalLong maxTokens,
                       ModelKind endpoint, String contentType, OptionalLong units, List<PromptText> prompt,
                       Dialect dialect, Map<String, String> dialectHeaders) {

    public ChatCall {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(maxTokens, "maxTokens");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(units, "units");
        prompt = List.copyOf(prompt);
        Objects.requireNonNull(dialect, "dialect");
        dialectHeaders = Map.copyOf(dialectHeaders);
    }

    /** A call in chat completions' dialect. */
    public ChatCall(String model, byte[] body, boolean stream, boolean wantsUsage, OptionalLong maxTokens,
                    ModelKind endpoint, String contentType, OptionalLong units, List<PromptText> prompt) {
        this(model, body, stream, wantsUsage, maxTokens, endpoint, contentType, units, prompt, Dialect.CHAT_COMPLETIONS, Map.of());
    }

    /**
     * A chat call written in {@code dialect}, with the caller's headers of it: its stream ends the dialect's way and its
     * usage reaches the caller only as the dialect reports it.
     */
    public static ChatCall inDialect(Dialect dialect, Map<String, String> headers, String model, byte[] body, boolean stream,
                                     OptionalLong maxTokens, List<PromptText> prompt) {
        return new ChatCall(model, body, stream, false, maxTokens, ModelKind.CHAT, UpstreamRequest.JSON, OptionalLong.empty(),
                prompt, dialect, headers);
    }

    /** A chat-completions request. */
    public ChatCall(String model, byte[] body, boolean stream, boolean wantsUsage, OptionalLong maxTokens) {
        this(model, body, stream, wantsUsage, maxTokens, ModelKind.CHAT, UpstreamRequest.JSON, OptionalLong.empty(), List.of());
    }

    /** A whole JSON request to the endpoint of {@code endpoint}'s kind, which neither streams nor bounds an output. */
    public static ChatCall json(ModelKind endpoint, String model, byte[] body) {
        return new ChatCall(model, body, false, false, OptionalLong.empty(), endpoint, UpstreamRequest.JSON,
                OptionalLong.empty(), List.of());
    }

    /** An audio request (speech or transcription) with its body's content type and the units it measures. */
    public static ChatCall audio(ModelKind endpoint, String model, byte[] body, String contentType, long units) {
        return new ChatCall(model, body, false, false, OptionalLong.empty(), endpoint, contentType, OptionalLong.of(units),
                List.of());
    }

    /** The same call, carrying the caller's text for moderation. */
    public ChatCall withPrompt(List<PromptText> texts) {
        return new ChatCall(model, body, stream, wantsUsage, maxTokens, endpoint, contentType, units, texts, dialect, dialectHeaders);
    }
}
