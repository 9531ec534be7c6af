package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Points per million input and output tokens, an optional price per call, and the audio prices: points per
 * million input characters of speech and per minute of transcribed audio. Input tokens read from or written to a
 * platform's prompt cache have prices of their own; unset, they pay the input price.
 */
public record ModelPrice(Points inputPerMillion, Points outputPerMillion, Points perCall, Points speechPerMillionChars,
                         Points transcriptionPerMinute, Optional<Points> cachedInputPerMillion,
                         Optional<Points> cacheWritePerMillion) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);

    public static final ModelPrice FREE = new ModelPrice(Points.ZERO, Points.ZERO, Points.ZERO);

    public ModelPrice {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        Objects.requireNonNull(perCall, "perCall");
        Objects.requireNonNull(speechPerMillionChars, "speechPerMillionChars");
        Objects.requireNonNull(transcriptionPerMinute, "transcriptionPerMinute");
        Objects.requireNonNull(cachedInputPerMillion, "cachedInputPerMillion");
        Objects.requireNonNull(cacheWritePerMillion, "cacheWritePerMillion");
        if (inputPerMillion.isNegative() || outputPerMillion.isNegative() || perCall.isNegative()
                || speechPerMillionChars.isNegative() || transcriptionPerMinute.isNegative()
                || cachedInputPerMillion.filter(Points::isNegative).isPresent()
                || cacheWritePerMillion.filter(Points::isNegative).isPresent()) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
    }

    /** No prompt-cache prices of their own: cached and cache-write tokens pay the input price. */
    public ModelPrice(Points inputPerMillion, Points outputPerMillion, Points perCall, Points speechPerMillionChars,
                      Points transcriptionPerMinute) {
        this(inputPerMillion, outputPerMillion, perCall, speechPerMillionChars, transcriptionPerMinute,
                Optional.empty(), Optional.empty());
    }

    /** Token prices only: no audio prices. */
    public ModelPrice(Points inputPerMillion, Points outputPerMillion, Points perCall) {
        this(inputPerMillion, outputPerMillion, perCall, Points.ZERO, Points.ZERO);
    }

    /**
     * (uncached input × input + cache reads × cached + cache writes × cache write + completion × output) / 1M + per
     * call, times the group ratio, rounded once.
     */
    public Points cost(Usage usage, Multiplier groupRatio) {
        BigDecimal tokens = priced(inputPerMillion, usage.uncachedInputTokens())
                .add(priced(cachedInputPrice(), usage.cachedReadTokens()))
                .add(priced(cacheWritePrice(), usage.cacheWriteTokens()))
                .add(priced(outputPerMillion, usage.completionTokens()));
        return Points.roundedHalfUp(tokens.divide(MILLION).add(perCall.toBigDecimal()).multiply(groupRatio.value()));
    }

    /**
     * The most a call of these many tokens can cost whatever share of its input the platform's cache reads or writes:
     * every input token at the highest of the three input prices.
     */
    public Points costAtMost(long promptTokens, long completionTokens, Multiplier groupRatio) {
        Points highest = Collections.max(List.of(inputPerMillion, cachedInputPrice(), cacheWritePrice()));
        BigDecimal tokens = priced(highest, promptTokens).add(priced(outputPerMillion, completionTokens));
        return Points.roundedHalfUp(tokens.divide(MILLION).add(perCall.toBigDecimal()).multiply(groupRatio.value()));
    }

    /** Points per 1M input tokens read from the prompt cache: its own price, else the input price. */
    public Points cachedInputPrice() {
        return cachedInputPerMillion.orElse(inputPerMillion);
    }

    /** Points per 1M input tokens written to the prompt cache: its own price, else the input price. */
    public Points cacheWritePrice() {
        return cacheWritePerMillion.orElse(inputPerMillion);
    }

    /** The same prices with the prompt cache's own (empty: the input price). */
    public ModelPrice withCachePrices(Optional<Points> cachedInput, Optional<Points> cacheWrite) {
        return new ModelPrice(inputPerMillion, outputPerMillion, perCall, speechPerMillionChars, transcriptionPerMinute,
                cachedInput, cacheWrite);
    }

    private static BigDecimal priced(Points perMillion, long tokens) {
        return perMillion.toBigDecimal().multiply(BigDecimal.valueOf(tokens));
    }

    /**
     * {@code units} of a call of {@code kind} (see {@link ModelKind#unit()}) + per call, times the group ratio, rounded
     * once: input tokens at the input price (chat, embedding, rerank), characters at the speech price per 1M,
     * milliseconds at the transcription price per minute.
     */
    public Points cost(ModelKind kind, long units, Multiplier groupRatio) {
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative");
        }
        BigDecimal amount = BigDecimal.valueOf(units);
        return switch (kind) {
            case CHAT, EMBEDDING, RERANK -> rounded(inputPerMillion.toBigDecimal().multiply(amount), MILLION, groupRatio);
            case SPEECH -> rounded(speechPerMillionChars.toBigDecimal().multiply(amount), MILLION, groupRatio);
            case TRANSCRIPTION -> rounded(transcriptionPerMinute.toBigDecimal().multiply(amount), MILLIS_PER_MINUTE, groupRatio);
        };
    }

    /** (priced / per + per call) × ratio with a single rounding: a minute's price in milliseconds does not divide exactly. */
    private Points rounded(BigDecimal priced, BigDecimal per, Multiplier groupRatio) {
        BigDecimal numerator = priced.add(perCall.toBigDecimal().multiply(per)).multiply(groupRatio.value());
        return Points.roundedHalfUp(numerator.divide(per, Points.SCALE, RoundingMode.HALF_UP));
    }
}
