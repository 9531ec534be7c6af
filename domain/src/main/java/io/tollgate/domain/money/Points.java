package io.tollgate.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of points: fixed-point with six decimals, held as whole micro-points.
 *
 * <p>The one rounding rule: an amount that has more than six decimals when it is formed (a sum of
 * FastGPT's floating totals, a product with a multiplier) is rounded half-up to six decimals, once.
 */
public record Points(long micros) implements Comparable<Points> {

    public static final int SCALE = 6;
    public static final Points ZERO = new Points(0);

    /** Exactly this decimal; more than six decimals is an input error, not something to round. */
    public static Points exactly(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("points have at most " + SCALE + " decimals: " + value.toPlainString());
        }
        return new Points(value.movePointRight(SCALE).longValueExact());
    }

    public static Points exactly(String decimal) {
        return exactly(new BigDecimal(decimal));
    }

    /** This decimal rounded half-up to six decimals (the one rounding rule). */
    public static Points roundedHalfUp(BigDecimal value) {
        return new Points(value.setScale(SCALE, RoundingMode.HALF_UP).movePointRight(SCALE).longValueExact());
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(micros, other.micros));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(micros, other.micros));
    }

    public Points negate() {
        return new Points(Math.negateExact(micros));
    }

    /** This amount times the multiplier, rounded half-up to six decimals. */
    public Points times(Multiplier multiplier) {
        return roundedHalfUp(toBigDecimal().multiply(multiplier.value()));
    }

    public boolean isNegative() {
        return micros < 0;
    }

    public boolean isPositive() {
        return micros > 0;
    }

    public boolean isLessThan(Points other) {
        return micros < other.micros;
    }

    /** The value with six decimals, e.g. {@code 10.069500}. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(micros, SCALE);
    }

    /** The shortest exact decimal, e.g. {@code 10.0695} or {@code 100}. */
    public BigDecimal toShortestDecimal() {
        BigDecimal stripped = toBigDecimal().stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(micros, other.micros);
    }

    @Override
    public String toString() {
        return toShortestDecimal().toPlainString();
    }
}
