package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link QuotaUse} with exact arithmetic on random used/quota pairs, a third of them on a threshold or one
 * token either side of it. A failure names its seed; rerun that seed to reproduce it.
 */
class QuotaUsePropertyTest {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void levelIsWarningFromSeventyAndCriticalFromNinetyPercentExactly(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            long quota = 1 + (long) (random.nextDouble() * random.nextInt(1, 13) * 1e9);
            long used = used(random, quota);
            QuotaUse use = new QuotaUse(used, quota);

            assertEquals(expectedLevel(used, quota), use.level(), "seed " + seed + ": used " + used + " of " + quota);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void levelHoldsForQuotasAcrossTheWholeLongRangeAUserMaySet(long seed) {
        Random random = new Random(seed * 31 + 7);
        for (int i = 0; i < 50; i++) {
            long quota = 1 + random.nextLong(Long.MAX_VALUE);
            long used = random.nextBoolean() ? random.nextLong(quota) : random.nextLong(1_000_000_000L);

            assertEquals(expectedLevel(used, quota), new QuotaUse(used, quota).level(),
                    "seed " + seed + ": used " + used + " of " + quota);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void percentIsTheShareRoundedDownToOneDecimalAndNeverAboveHundred(long seed) {
        Random random = new Random(~seed);
        for (int i = 0; i < 50; i++) {
            long quota = 1 + random.nextLong(1_000_000_000_000L);
            long used = used(random, quota);
            double percent = new QuotaUse(used, quota).percent();

            long tenths = BigInteger.valueOf(used).multiply(BigInteger.valueOf(1000)).divide(BigInteger.valueOf(quota))
                    .min(BigInteger.valueOf(1000)).longValueExact();
            String context = "seed " + seed + ": used " + used + " of " + quota;
            assertEquals(tenths / 10.0, percent, context);
            assertTrue(percent >= 0 && percent <= 100, context);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aZeroQuotaIsUnlimitedWhateverWasUsed(long seed) {
        long used = new Random(seed).nextLong(1_000_000_000_000L);
        QuotaUse use = new QuotaUse(used, 0);

        assertTrue(use.unlimited());
        assertEquals(Long.MAX_VALUE, use.remaining());
        assertEquals(0.0, use.percent());
        assertEquals(QuotaUse.Level.NORMAL, use.level());
    }

    /** Anything from 0 to twice the quota, often exactly on 70 % or 90 % or one token off. */
    private static long used(Random random, long quota) {
        if (random.nextInt(3) > 0) {
            return random.nextLong(2 * quota + 1);
        }
        long threshold = ceilPercent(quota, random.nextBoolean() ? 70 : 90);
        return Math.max(0, threshold + random.nextInt(-1, 2));
    }

    private static long ceilPercent(long quota, int percent) {
        BigInteger[] qr = BigInteger.valueOf(quota).multiply(BigInteger.valueOf(percent)).divideAndRemainder(HUNDRED);
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    private static QuotaUse.Level expectedLevel(long used, long quota) {
        BigInteger share = BigInteger.valueOf(used).multiply(HUNDRED);
        BigInteger whole = BigInteger.valueOf(quota);
        if (share.compareTo(whole.multiply(BigInteger.valueOf(90))) >= 0) {
            return QuotaUse.Level.CRITICAL;
        }
        return share.compareTo(whole.multiply(BigInteger.valueOf(70))) >= 0 ? QuotaUse.Level.WARNING : QuotaUse.Level.NORMAL;
    }
}
