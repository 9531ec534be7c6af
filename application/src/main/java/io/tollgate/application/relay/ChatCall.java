package io.tollgate.application.relay;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A validated chat-completions request: the model, the caller's body as received, whether it streams and
 * wants the usage chunk, and the caller's max_tokens (the output the call holds for, within the model's maximum).
 */
public record ChatCall(String model, byte[] body, boolean stream, boolean wantsUsage, OptionalLong maxTokens) {

    public ChatCall {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(maxTokens, "maxTokens");
    }
}
