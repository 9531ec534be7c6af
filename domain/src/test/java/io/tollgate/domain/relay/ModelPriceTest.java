package io.tollgate.domain.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import org.junit.jupiter.api.Test;

class ModelPriceTest {

    private final ModelPrice price = new ModelPrice(Points.exactly("2.5"), Points.exactly("10"), Points.exactly("0.001"));
    private final Usage usage = new Usage(57, 68, false);

    @Test
    void costIsTokensTimesPricePerMillionPlusPerCallRoundedOnce() {
        // 57 × 2.5 / 1M + 68 × 10 / 1M + 0.001 = 0.0018225 → half-up at six decimals
        assertEquals(Points.exactly("0.001823"), price.cost(usage, Multiplier.ONE));
    }

    @Test
    void theGroupRatioMultipliesBeforeTheOneRounding() {
        // 0.0018225 × 1.5 = 0.00273375 → 0.002734 (rounding first would give 0.0027345 → 0.002735)
        assertEquals(Points.exactly("0.002734"), price.cost(usage, Multiplier.of("1.5")));
    }

    @Test
    void aFreeModelCostsNothing() {
        assertEquals(Points.ZERO, ModelPrice.FREE.cost(usage, Multiplier.of("3")));
    }
}
