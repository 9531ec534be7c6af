package io.tollgate.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A positive factor applied to points (a workflow's point multiplier): at most six decimals. */
public record Multiplier(BigDecimal value) {

    private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);
    public static final Multiplier ONE = new Multiplier(BigDecimal.ONE);

    public Multiplier {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0 || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("a multiplier is above 0 and at most 1000000: " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > Points.SCALE) {
            throw new IllegalArgumentException("a multiplier has at most six decimals: " + value.toPlainString());
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Multiplier of(String decimal) {
        return new Multiplier(new BigDecimal(decimal));
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
