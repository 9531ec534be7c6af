package io.tollgate.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failures change an account: RATE cools it down (Retry-After when given), QUOTA suspends it until its
 * reset, AUTH disables it after a few in a row, and any class disables it after a longer run. A success
 * clears the run. CLIENT failures are the caller's and change nothing.
 */
public record HealthPolicy(int authFailuresToDisable, int failuresToDisable, Duration defaultCooldown, Duration maxCooldown) {

    public static final HealthPolicy DEFAULT = new HealthPolicy(2, 5, Duration.ofSeconds(30), Duration.ofMinutes(10));

    public HealthPolicy {
        if (authFailuresToDisable < 1 || failuresToDisable < 1) {
            throw new IllegalArgumentException("thresholds are at least 1");
        }
    }

    public AccountHealth afterSuccess(AccountHealth health) {
        return health.consecutiveFailures() == 0 && health.consecutiveAuthFailures() == 0 ? health
                : new AccountHealth(health.status(), health.reason(), health.until(), 0, 0);
    }

    /** The state after a failure of this class; {@code detail} becomes the stored reason. */
    public AccountHealth afterFailure(AccountHealth health, FailureClass failure, String detail,
                                      Optional<Duration> retryAfter, Instant now, Instant nextReset) {
        if (failure == FailureClass.CLIENT || health.status() == AccountStatus.DISABLED
                || health.status() == AccountStatus.EXPIRED) {
            return health;
        }
        int failures = health.consecutiveFailures() + 1;
        int authFailures = failure == FailureClass.AUTH ? health.consecutiveAuthFailures() + 1 : 0;
        if (authFailures >= authFailuresToDisable) {
            return disabled("auth failed " + authFailures + " times in a row: " + detail, failures, authFailures);
        }
        if (failures >= failuresToDisable) {
            return disabled(failures + " failures in a row, last " + failure + ": " + detail, failures, authFailures);
        }
        return switch (failure) {
            case RATE -> new AccountHealth(AccountStatus.COOLING_DOWN, "rate limited: " + detail,
                    Optional.of(now.plus(cooldown(retryAfter))), failures, authFailures);
            case QUOTA -> new AccountHealth(AccountStatus.SUSPENDED, "quota exhausted: " + detail,
                    Optional.of(nextReset), failures, authFailures);
            case AUTH, TRANSIENT -> new AccountHealth(health.status(), failure + ": " + detail, health.until(),
                    failures, authFailures);
            case CLIENT -> health;
        };
    }

    private Duration cooldown(Optional<Duration> retryAfter) {
        Duration wanted = retryAfter.filter(d -> !d.isNegative() && !d.isZero()).orElse(defaultCooldown);
        return wanted.compareTo(maxCooldown) > 0 ? maxCooldown : wanted;
    }

    private static AccountHealth disabled(String reason, int failures, int authFailures) {
        return new AccountHealth(AccountStatus.DISABLED, reason, Optional.empty(), failures, authFailures);
    }
}
