package io.tollgate.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MultiplierTest {

    @Test
    void isPositiveWithAtMostSixDecimals() {
        assertThrows(IllegalArgumentException.class, () -> Multiplier.of("0"));
        assertThrows(IllegalArgumentException.class, () -> Multiplier.of("-1"));
        assertThrows(IllegalArgumentException.class, () -> Multiplier.of("1.0000001"));
        assertThrows(IllegalArgumentException.class, () -> Multiplier.of("1000001"));
    }

    @Test
    void equalValuesWrittenDifferentlyAreEqual() {
        assertEquals(Multiplier.of("2.5"), Multiplier.of("2.500"));
        assertEquals("100", Multiplier.of("1E+2").toString());
        assertEquals(Multiplier.ONE, Multiplier.of("1.0"));
    }
}
