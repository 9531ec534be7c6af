package io.tollgate.console.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from zero to a round maximum, ticked every 1, 2 or 5 times a power of ten, about five ticks in all.
 * Exact decimals, so 0.001 points gets ticks of 0.0002 and not 0.00020000000000000001.
 */
public record Scale(BigDecimal max, BigDecimal step) {

    private static final BigDecimal TARGET_STEPS = BigDecimal.valueOf(5);

    /** The axis for values up to {@code peak}; nothing (zero or less) gets 0 to 1. */
    public static Scale upTo(BigDecimal peak) {
        if (peak.signum() <= 0) {
            return new Scale(BigDecimal.ONE, new BigDecimal("0.2"));
        }
        BigDecimal raw = peak.divide(TARGET_STEPS, new java.math.MathContext(8, RoundingMode.UP)).stripTrailingZeros();
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal leading = raw.movePointLeft(exponent);
        BigDecimal nice = BigDecimal.valueOf(leading.compareTo(BigDecimal.ONE) <= 0 ? 1
                : leading.compareTo(BigDecimal.TWO) <= 0 ? 2 : leading.compareTo(BigDecimal.valueOf(5)) <= 0 ? 5 : 10);
        BigDecimal step = nice.movePointRight(exponent).stripTrailingZeros();
        BigDecimal max = peak.divide(step, 0, RoundingMode.CEILING).multiply(step).stripTrailingZeros();
        return new Scale(max, step);
    }

    /** A counting axis (requests, tokens): whole steps only, so 0..3 is ticked 0, 1, 2, 3 and never 0.5. */
    public static Scale counting(long peak) {
        Scale scale = upTo(BigDecimal.valueOf(peak));
        if (scale.step.compareTo(BigDecimal.ONE) >= 0) {
            return scale;
        }
        return new Scale(BigDecimal.valueOf(Math.max(1, peak)), BigDecimal.ONE);
    }

    /** Zero, one step, two steps… up to and including the maximum. */
    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(max) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
        }
        return ticks;
    }

    /** Where {@code value} falls between zero (0.0) and the maximum (1.0). */
    public double fraction(BigDecimal value) {
        return value.doubleValue() / max.doubleValue();
    }
}
