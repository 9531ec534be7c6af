package io.tollgate.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void parsesDecimalsExactly() {
        assertEquals(1_527_800, Points.exactly("1.5278").micros());
        assertEquals("1.5278", Points.exactly("1.527800").toString());
        assertEquals("100", Points.exactly("100.0").toString());
    }

    @Test
    void refusesMoreThanSixDecimalsWhenExactnessIsAsked() {
        assertThrows(IllegalArgumentException.class, () -> Points.exactly("0.0000001"));
    }

    @Test
    void roundsHalfUpAtTheSixthDecimalWhenAnAmountIsFormed() {
        assertEquals("0.000001", Points.roundedHalfUp(new BigDecimal("0.0000005")).toString());
        assertEquals("0", Points.roundedHalfUp(new BigDecimal("0.00000049")).toString());
        assertEquals("1.5278", Points.roundedHalfUp(new BigDecimal("1.5278000000000001")).toString());
    }

    @Test
    void seedExampleChargesExactly() {
        Points base = Points.exactly("1.5278").plus(Points.exactly("2.5"));
        Points charge = base.times(Multiplier.of("2.5"));
        assertEquals("10.0695", charge.toString());
        assertEquals("89.9305", Points.exactly("100").minus(charge).toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void arithmeticAgreesWithBigDecimalOnRandomAmounts(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), 6);
            BigDecimal b = BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), 6);
            BigDecimal m = BigDecimal.valueOf(1 + random.nextLong(100_000_000L), 6);
            String context = "seed " + seed + " a=" + a + " b=" + b + " m=" + m;
            assertEquals(a.add(b).compareTo(Points.exactly(a).plus(Points.exactly(b)).toBigDecimal()), 0, context);
            assertEquals(a.subtract(b).compareTo(Points.exactly(a).minus(Points.exactly(b)).toBigDecimal()), 0, context);
            BigDecimal product = a.multiply(m).setScale(6, RoundingMode.HALF_UP);
            assertEquals(0, product.compareTo(Points.exactly(a).times(new Multiplier(m)).toBigDecimal()), context);
        }
    }

    @Test
    void overflowIsAnErrorNotAWrap() {
        Points huge = new Points(Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> huge.plus(new Points(1)));
    }
}
