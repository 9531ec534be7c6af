package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuotaUseTest {

    @Test
    void theThresholdsAreExactPercentagesNotRoundedOnes() {
        assertEquals(QuotaUse.Level.NORMAL, new QuotaUse(699, 1000).level());
        assertEquals(QuotaUse.Level.WARNING, new QuotaUse(700, 1000).level());
        assertEquals(QuotaUse.Level.WARNING, new QuotaUse(899, 1000).level());
        assertEquals(QuotaUse.Level.CRITICAL, new QuotaUse(900, 1000).level());
        assertEquals(QuotaUse.Level.NORMAL, new QuotaUse(6999, 10_000).level(), "69.99 % is not 70 %");
    }

    @Test
    void remainingNeverGoesBelowZero() {
        assertEquals(250, new QuotaUse(750, 1000).remaining());
        assertEquals(0, new QuotaUse(1500, 1000).remaining());
        assertEquals(100.0, new QuotaUse(1500, 1000).percent());
    }

    @Test
    void aHugeQuotaBarelyUsedIsNormal() {
        assertEquals(QuotaUse.Level.NORMAL, new QuotaUse(1_000, Long.MAX_VALUE).level());
        assertEquals(QuotaUse.Level.NORMAL, new QuotaUse(0, 2_000_000_000_000_000_000L).level());
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new QuotaUse(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new QuotaUse(1, -10));
    }
}
