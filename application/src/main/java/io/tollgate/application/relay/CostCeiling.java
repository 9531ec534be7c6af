package io.tollgate.application.relay;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.TokenCounter;
import java.nio.charset.StandardCharsets;

/**
 * The most a call can cost, which it holds against the balance before it is made: the whole request body counted
 * with the tokenizer (the messages plus everything around them, so at least the prompt the platform counts), the
 * output bounded by the caller's max_tokens within the model's maximum, the price per call, times the group ratio.
 * The input is held at the highest of its prices: the platform may write the whole prompt to its cache.
 * Embeddings and rerank have no output: their input alone. Speech holds its input characters; a transcription its
 * audio's length as the request measured it (exact for WAV, bounded from the file's size for other formats).
 */
final class CostCeiling {

    /** Above this a body is not tokenized: its length in bytes bounds its tokens (no token is shorter than a byte). */
    static final int TOKENIZED_BYTES = 1 << 20;

    private final TokenCounter tokens;

    CostCeiling(TokenCounter tokens) {
        this.tokens = tokens;
    }

    Points of(Model model, ChatCall call, Multiplier groupRatio) {
        return switch (model.kind()) {
            case CHAT -> model.price().costAtMost(promptBound(call.body()), model.outputBound(call.maxTokens()), groupRatio);
            case EMBEDDING, RERANK -> model.price().cost(model.kind(), promptBound(call.body()), groupRatio);
            case SPEECH, TRANSCRIPTION -> model.price().cost(model.kind(), call.units().orElse(call.body().length), groupRatio);
        };
    }

    private long promptBound(byte[] body) {
        return body.length > TOKENIZED_BYTES ? body.length : tokens.count(new String(body, StandardCharsets.UTF_8));
    }
}
