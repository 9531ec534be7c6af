package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {

    private final HealthPolicy policy = HealthPolicy.DEFAULT;
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final Instant reset = Instant.parse("2026-11-21T16:00:00Z");

    private AccountHealth fail(AccountHealth health, FailureClass failure, Optional<Duration> retryAfter) {
        return policy.afterFailure(health, failure, "x", retryAfter, now, reset);
    }

    @Test
    void rateCoolsDownHonouringRetryAfter() {
        AccountHealth after = fail(AccountHealth.ENABLED, FailureClass.RATE, Optional.of(Duration.ofSeconds(42)));
        assertEquals(AccountStatus.COOLING_DOWN, after.status());
        assertEquals(Optional.of(now.plusSeconds(42)), after.until());
    }

    @Test
    void quotaSuspendsUntilTheReset() {
        AccountHealth after = fail(AccountHealth.ENABLED, FailureClass.QUOTA, Optional.empty());
        assertEquals(AccountStatus.SUSPENDED, after.status());
        assertEquals(Optional.of(reset), after.until());
    }

    @Test
    void authDisablesAfterTwoInARow() {
        AccountHealth once = fail(AccountHealth.ENABLED, FailureClass.AUTH, Optional.empty());
        assertEquals(AccountStatus.ENABLED, once.status());
        AccountHealth twice = fail(once, FailureClass.AUTH, Optional.empty());
        assertEquals(AccountStatus.DISABLED, twice.status());
        assertEquals(true, twice.reason().startsWith("auth failed 2 times"));
    }

    @Test
    void anyClassDisablesAfterFiveInARowAndASuccessClearsTheRun() {
        AccountHealth health = AccountHealth.ENABLED;
        for (int i = 0; i < 4; i++) {
            health = fail(health, FailureClass.TRANSIENT, Optional.empty());
        }
        assertEquals(AccountStatus.ENABLED, health.status());
        assertEquals(0, policy.afterSuccess(health).consecutiveFailures());
        assertEquals(AccountStatus.DISABLED, fail(health, FailureClass.TRANSIENT, Optional.empty()).status());
    }

    @Test
    void clientErrorsChangeNothing() {
        assertEquals(AccountHealth.ENABLED, fail(AccountHealth.ENABLED, FailureClass.CLIENT, Optional.empty()));
    }
}
