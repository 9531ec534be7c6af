package io.tollgate.domain.relay;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.util.Objects;

/** Points per million input and output tokens, plus an optional price per call. */
public record ModelPrice(Points inputPerMillion, Points outputPerMillion, Points perCall) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public static final ModelPrice FREE = new ModelPrice(Points.ZERO, Points.ZERO, Points.ZERO);

    public ModelPrice {
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        Objects.requireNonNull(perCall, "perCall");
        if (inputPerMillion.isNegative() || outputPerMillion.isNegative() || perCall.isNegative()) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
    }

    /** (prompt × input + completion × output) / 1M + per call, times the group ratio, rounded once. */
    public Points cost(Usage usage, Multiplier groupRatio) {
        BigDecimal tokens = inputPerMillion.toBigDecimal().multiply(BigDecimal.valueOf(usage.promptTokens()))
                .add(outputPerMillion.toBigDecimal().multiply(BigDecimal.valueOf(usage.completionTokens())));
        BigDecimal exact = tokens.divide(MILLION).add(perCall.toBigDecimal()).multiply(groupRatio.value());
        return Points.roundedHalfUp(exact);
    }
}
