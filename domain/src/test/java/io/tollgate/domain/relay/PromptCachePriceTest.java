package io.tollgate.domain.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptCachePriceTest {

    private final ModelPrice price = new ModelPrice(Points.exactly("3"), Points.exactly("15"), Points.ZERO)
            .withCachePrices(Optional.of(Points.exactly("0.3")), Optional.of(Points.exactly("3.75")));

    @Test
    void cacheReadsAndWritesPayTheirOwnPricesAndTheRestTheInputPrice() {
        // 1,000 input: 800 read (× 0.3), 100 written (× 3.75), 100 uncached (× 3); 37 output × 15.
        Usage usage = new Usage(1_000, 37, 800, 100, false);
        // (300 + 240 + 375 + 555) / 1M = 0.00147
        assertEquals(Points.exactly("0.00147"), price.cost(usage, Multiplier.ONE));
    }

    @Test
    void theSumIsRoundedOnceAfterTheGroupRatio() {
        ModelPrice odd = new ModelPrice(Points.exactly("2.5"), Points.exactly("10"), Points.ZERO)
                .withCachePrices(Optional.of(Points.exactly("1.25")), Optional.empty());
        // 7 uncached × 2.5 + 3 cached × 1.25 + 1 × 10 = 31.25 → 0.00003125 × 1.3 = 0.000040625 → 0.000041
        assertEquals(Points.exactly("0.000041"), odd.cost(new Usage(10, 1, 3, 0, false), Multiplier.of("1.3")));
    }

    @Test
    void unsetCachePricesAreTheInputPrice() {
        ModelPrice plain = new ModelPrice(Points.exactly("2"), Points.exactly("8"), Points.ZERO);
        assertEquals(plain.cost(new Usage(1_000, 10, false), Multiplier.ONE),
                plain.cost(new Usage(1_000, 10, 500, 200, false), Multiplier.ONE));
        assertEquals(Points.exactly("2"), plain.cachedInputPrice());
        assertEquals(Points.exactly("2"), plain.cacheWritePrice());
    }

    @Test
    void theMostACallCanCostPricesEveryInputTokenAtTheHighestInputPrice() {
        // Cache writes (3.75) cost more than plain input: a hold must cover a prompt written to the cache whole.
        assertEquals(Points.exactly("0.004125"), price.costAtMost(1_000, 25, Multiplier.ONE));
    }

    @Test
    void cacheCountsArePartOfThePromptTokens() {
        Usage usage = new Usage(1_000, 5, 500, 100, false);
        assertEquals(400, usage.uncachedInputTokens());
        assertEquals(1_005, usage.totalTokens());
        assertThrows(IllegalArgumentException.class, () -> new Usage(100, 0, 80, 30, false));
        assertThrows(IllegalArgumentException.class, () -> new Usage(100, 0, -1, 0, false));
    }

    @Test
    void aReportedUsageCutsInconsistentCacheCountsToThePrompt() {
        assertEquals(new Usage(100, 3, 100, 0, false), Usage.reported(100, 3, 150, 20));
        assertEquals(new Usage(100, 0, 60, 40, false), Usage.reported(100, -2, 60, 70));
    }

    @Test
    void aCachePriceCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> price.withCachePrices(Optional.of(Points.exactly("-1")), Optional.empty()));
    }
}
