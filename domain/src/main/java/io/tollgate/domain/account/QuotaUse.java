package io.tollgate.domain.account;

/**
 * An account's tokens used today against its daily quota (0 = unlimited), with the level the console colours it
 * by: warning from 70 %, critical from 90 %.
 */
public record QuotaUse(long used, long quota) {

    /** How full the quota is, for colours and reminders. */
    public enum Level { NORMAL, WARNING, CRITICAL }

    public QuotaUse {
        if (used < 0 || quota < 0) {
            throw new IllegalArgumentException("used and quota are 0 or more");
        }
    }

    public boolean unlimited() {
        return quota == 0;
    }

    public long remaining() {
        return unlimited() ? Long.MAX_VALUE : Math.max(0, quota - used);
    }

    /** Used share in percent with one decimal, rounded down, at most 100; 0 when unlimited. */
    public double percent() {
        return unlimited() ? 0 : Math.min(1000, used * 1000 / quota) / 10.0;
    }

    public Level level() {
        if (unlimited()) {
            return Level.NORMAL;
        }
        // Integer comparison, so 70 % exactly is a warning whatever the rounding of percent().
        return usedAtLeast(9) ? Level.CRITICAL : usedAtLeast(7) ? Level.WARNING : Level.NORMAL;
    }

    /** {@code used * 10 >= quota * tenths} in 128 bits: a user may set any quota, and quota * 9 must not overflow. */
    private boolean usedAtLeast(long tenths) {
        long usedHigh = Math.multiplyHigh(used, 10);
        long quotaHigh = Math.multiplyHigh(quota, tenths);
        return usedHigh != quotaHigh ? usedHigh > quotaHigh : Long.compareUnsigned(used * 10, quota * tenths) >= 0;
    }
}
