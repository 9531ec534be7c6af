package io.tollgate.console.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private static String ticks(Scale scale) {
        return scale.ticks().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" "));
    }

    @Test
    void sevenRequestsAreTickedInTwos() {
        assertEquals("0 2 4 6 8", ticks(Scale.counting(7)));
    }

    @Test
    void twelveHundredTokensAreTickedInFiveHundreds() {
        assertEquals("0 500 1000 1500", ticks(Scale.counting(1234)));
    }

    @Test
    void aFewThousandthsOfAPointAreTickedInThousandths() {
        assertEquals("0 0.001 0.002 0.003", ticks(Scale.upTo(new BigDecimal("0.003"))));
    }

    @Test
    void aRoundPeakIsTheTopTick() {
        assertEquals("0 20 40 60 80 100", ticks(Scale.upTo(new BigDecimal("100"))));
    }

    @Test
    void nothingGetsAnAxisFromZeroToOne() {
        assertEquals("0 0.2 0.4 0.6 0.8 1", ticks(Scale.upTo(BigDecimal.ZERO)));
        assertEquals("0 1", ticks(Scale.counting(0)));
    }

    @Test
    void fewCallsAreNeverTickedInHalves() {
        assertEquals("0 1 2 3", ticks(Scale.counting(3)));
    }

    @Test
    void aValueFallsWhereItsFractionOfTheMaximumSays() {
        assertEquals(0.5, Scale.counting(7).fraction(BigDecimal.valueOf(4)));
        assertEquals(List.of(BigDecimal.ZERO), new Scale(BigDecimal.ZERO, BigDecimal.ONE).ticks());
    }
}
