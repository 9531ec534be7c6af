package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Points per million input and output tokens, an optional price per call, and the audio prices: points per
 * million input characters of speech and per minute of transcribed audio.
 */
public record ModelPrice(Points inputPerMillion, Points outputPerMillion, Points perCall, Points speechPerMillionChars,
                         Points transcriptionPerMinute) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MILLIS_PER_MINUTE = BigDecimal.valueOf(60_000);

    public static final ModelPrice FREE = new ModelPrice(Points.ZERO, Points.ZERO, Points.ZERO);

    public ModelPrice {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        Objects.requireNonNull(perCall, "perCall");
        Objects.requireNonNull(speechPerMillionChars, "speechPerMillionChars");
        Objects.requireNonNull(transcriptionPerMinute, "transcriptionPerMinute");
        if (inputPerMillion.isNegative() || outputPerMillion.isNegative() || perCall.isNegative()
                || speechPerMillionChars.isNegative() || transcriptionPerMinute.isNegative()) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
    }

    /** Token prices only: no audio prices. */
    public ModelPrice(Points inputPerMillion, Points outputPerMillion, Points perCall) {
        this(inputPerMillion, outputPerMillion, perCall, Points.ZERO, Points.ZERO);
    }

    /** (prompt × input + completion × output) / 1M + per call, times the group ratio, rounded once. */
    public Points cost(Usage usage, Multiplier groupRatio) {
        BigDecimal tokens = inputPerMillion.toBigDecimal().multiply(BigDecimal.valueOf(usage.promptTokens()))
                .add(outputPerMillion.toBigDecimal().multiply(BigDecimal.valueOf(usage.completionTokens())));
        BigDecimal exact = tokens.divide(MILLION).add(perCall.toBigDecimal()).multiply(groupRatio.value());
        return Points.roundedHalfUp(exact);
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
