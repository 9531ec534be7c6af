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
 * Tokenizing costs more CPU than the rest of a call, so a call whose balance is {@linkplain #farBelow far} above its
 * {@linkplain #quick quick} ceiling, which bounds the prompt by its bytes (no token is shorter than a byte), holds
 * that instead, and is judged on the tokenized one only if a key's cap or the balance refuses it. Near the edge of a balance calls
 * hold the tokenized ceiling, so how many calls a balance pays for never depends on which ones ran at once.
 */
final class CostCeiling {

    /** Above this a body is not tokenized: its length in bytes bounds its tokens (no token is shorter than a byte). */
    static final int TOKENIZED_BYTES = 1 << 20;

    /** A balance this many quick ceilings deep cannot be reached by the few calls a user has in flight. */
    static final long EDGE_DEPTH = 100;

    private final TokenCounter tokens;

    CostCeiling(TokenCounter tokens) {
        this.tokens = tokens;
    }

    /** The ceiling with the prompt tokenized: never above {@link #quick}. */
    Points of(Model model, ChatCall call, Multiplier groupRatio) {
        return ceiling(model, call, groupRatio, tokenized(call.body()));
    }

    /** The ceiling with the prompt bounded by its length in bytes: costs nothing to compute. */
    Points quick(Model model, ChatCall call, Multiplier groupRatio) {
        return ceiling(model, call, groupRatio, call.body().length);
    }

    /** Whether {@code balance} covers {@link #EDGE_DEPTH} calls of {@code quick}. */
    static boolean farBelow(Points quick, Points balance) {
        return balance.micros() / EDGE_DEPTH >= quick.micros();
    }

    private static Points ceiling(Model model, ChatCall call, Multiplier groupRatio, long promptBound) {
        return switch (model.kind()) {
            case CHAT -> model.price().costAtMost(promptBound, model.outputBound(call.maxTokens()), groupRatio);
            case EMBEDDING, RERANK -> model.price().cost(model.kind(), promptBound, groupRatio);
            case SPEECH, TRANSCRIPTION -> model.price().cost(model.kind(), call.units().orElse(call.body().length), groupRatio);
        };
    }

    private long tokenized(byte[] body) {
        return body.length > TOKENIZED_BYTES ? body.length : tokens.count(new String(body, StandardCharsets.UTF_8));
    }
}
