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
}
