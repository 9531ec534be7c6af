package io.tollgate.domain.account;

import io.tollgate.domain.account.breaker.Breaker;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How call outcomes change an account. Stored health: QUOTA suspends it until its reset, AUTH disables it after a few
 * in a row (a credential the platform refuses needs a person). The in-memory {@link Breaker}: {@code failuresToOpen}
 * failures in a row, in the order they finish, open it (a failure that names a Retry-After opens it at once, for that
 * long); after a cool-down that doubles with each opening one probe goes through, and its success closes the breaker
 * again. CLIENT failures are the caller's and say the account is alive.
 */
public record HealthPolicy(int authFailuresToDisable, int failuresToOpen, Duration firstCooldown, Duration maxCooldown) {

    public static final HealthPolicy DEFAULT = new HealthPolicy(2, 3, Duration.ofSeconds(5), Duration.ofSeconds(30));

    public HealthPolicy {
        if (authFailuresToDisable < 1 || failuresToOpen < 1) {
            throw new IllegalArgumentException("thresholds are at least 1");
        }
        if (firstCooldown.isNegative() || firstCooldown.isZero() || maxCooldown.compareTo(firstCooldown) < 0) {
            throw new IllegalArgumentException("cool-downs are positive, the first no longer than the longest");
        }
    }

    public AccountHealth afterSuccess(AccountHealth health) {
        return health.consecutiveFailures() == 0 && health.consecutiveAuthFailures() == 0 ? health
                : new AccountHealth(health.status(), health.reason(), health.until(), 0, 0);
    }

    /** The stored state after a failure of this class; {@code detail} becomes the stored reason. */
    public AccountHealth afterFailure(AccountHealth health, FailureClass failure, String detail, Instant nextReset) {
        if (health.status() == AccountStatus.DISABLED || health.status() == AccountStatus.EXPIRED) {
            return health;
        }
        return switch (failure) {
            case AUTH -> {
                int authFailures = health.consecutiveAuthFailures() + 1;
                yield authFailures >= authFailuresToDisable
                        ? new AccountHealth(AccountStatus.DISABLED, "auth failed " + authFailures + " times in a row: " + detail,
                                Optional.empty(), health.consecutiveFailures() + 1, authFailures)
                        : new AccountHealth(health.status(), "AUTH: " + detail, health.until(), health.consecutiveFailures() + 1,
                                authFailures);
            }
            case QUOTA -> new AccountHealth(AccountStatus.SUSPENDED, "quota exhausted: " + detail, Optional.of(nextReset),
                    health.consecutiveFailures() + 1, 0);
            case RATE, TRANSIENT, CLIENT -> health;
        };
    }

    /** The breaker once a call was admitted (precondition: it {@link Breaker#admits admits} now); a due OPEN becomes HALF_OPEN. */
    public Breaker admit(Breaker breaker, Instant now) {
        return switch (breaker.state()) {
            case CLOSED -> breaker;
            case OPEN -> new Breaker(Breaker.State.HALF_OPEN, breaker.failures(), breaker.openings(), breaker.openUntil(),
                    breaker.generation() + 1, true, breaker.reason());
            case HALF_OPEN -> withProbe(breaker, true);
        };
    }

    /** After a call admitted in generation {@code ticket} succeeded: a successful probe closes the breaker. */
    public Breaker afterSuccess(Breaker breaker, long ticket) {
        if (ticket != breaker.generation()) {
            return breaker;
        }
        return switch (breaker.state()) {
            case CLOSED -> breaker.failures() == 0 ? breaker : new Breaker(Breaker.State.CLOSED, 0, 0, Instant.MIN,
                    breaker.generation(), false, "");
            case HALF_OPEN -> new Breaker(Breaker.State.CLOSED, 0, 0, Instant.MIN, breaker.generation() + 1, false, "");
            case OPEN -> breaker;
        };
    }

    /** After a call admitted in generation {@code ticket} failed: {@code retryAfter} is what the platform asked for, if anything. */
    public Breaker afterFailure(Breaker breaker, long ticket, Optional<Duration> retryAfter, String reason, Instant now) {
        if (ticket != breaker.generation()) {
            return breaker;
        }
        Optional<Duration> asked = retryAfter.filter(d -> !d.isNegative() && !d.isZero());
        return switch (breaker.state()) {
            case CLOSED -> breaker.failures() + 1 >= failuresToOpen || asked.isPresent()
                    ? open(breaker, breaker.failures() + 1, 1, asked, reason, now)
                    : new Breaker(Breaker.State.CLOSED, breaker.failures() + 1, 0, Instant.MIN, breaker.generation(), false, reason);
            case HALF_OPEN -> open(breaker, breaker.failures() + 1, breaker.openings() + 1, asked, reason, now);
            case OPEN -> breaker;
        };
    }

    /** A call admitted in generation {@code ticket} ended without telling anything about the account: its probe slot is free again. */
    public Breaker released(Breaker breaker, long ticket) {
        return ticket == breaker.generation() && breaker.state() == Breaker.State.HALF_OPEN ? withProbe(breaker, false) : breaker;
    }

    /** The cool-down of the {@code openings}-th opening in a row: the Retry-After asked for, else doubling from the first. */
    public Duration cooldown(int openings, Optional<Duration> retryAfter) {
        Duration wanted = retryAfter.orElseGet(() -> firstCooldown.multipliedBy(1L << Math.min(Math.max(openings - 1, 0), 20)));
        return wanted.compareTo(maxCooldown) > 0 ? maxCooldown : wanted;
    }

    private Breaker open(Breaker breaker, int failures, int openings, Optional<Duration> retryAfter, String reason, Instant now) {
        return new Breaker(Breaker.State.OPEN, failures, openings, now.plus(cooldown(openings, retryAfter)),
                breaker.generation() + 1, false, reason);
    }

    private static Breaker withProbe(Breaker breaker, boolean probing) {
        return new Breaker(breaker.state(), breaker.failures(), breaker.openings(), breaker.openUntil(), breaker.generation(),
                probing, breaker.reason());
    }
}
