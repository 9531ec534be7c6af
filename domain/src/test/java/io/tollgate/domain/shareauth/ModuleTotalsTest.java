package io.tollgate.domain.shareauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleTotalsTest {

    @Test
    void sumsTopLevelTotalsAndRoundsOnce() {
        ModuleTotals totals = new ModuleTotals(List.of(new BigDecimal("0.1000000000000000055"), new BigDecimal("0.2")));
        assertEquals("0.3", totals.basePoints().toString());
    }

    @Test
    void noTotalsCostNothing() {
        assertEquals(0, new ModuleTotals(List.of()).basePoints().micros());
    }

    @Test
    void negativeTotalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ModuleTotals(List.of(new BigDecimal("-0.5"))));
    }

    @Test
    void aNodeOrAFinishIsAtMostOneBillionPoints() {
        assertEquals("1000000000", new ModuleTotals(List.of(new BigDecimal("1e9"))).basePoints().toString());
        assertEquals("1000000000", new ModuleTotals(List.of(new BigDecimal("4e8"), new BigDecimal("6e8")))
                .basePoints().toString());
        assertThrows(IllegalArgumentException.class, () -> new ModuleTotals(List.of(new BigDecimal("9.3e12"))));
        assertThrows(IllegalArgumentException.class,
                () -> new ModuleTotals(List.of(new BigDecimal("6e8"), new BigDecimal("6e8"))));
    }

    @Test
    void aHugeTotalIsRefusedWithoutArithmetic() {
        long started = System.nanoTime();
        assertEquals(true, ModuleTotals.tooLarge(List.of(BigDecimal.ONE, new BigDecimal("1e10000000"))).isPresent());
        assertEquals(true, (System.nanoTime() - started) < 50_000_000L, "refused in under 50 ms");
    }
}
