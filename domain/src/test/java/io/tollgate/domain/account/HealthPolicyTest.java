package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.breaker.Breaker;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {

    private final HealthPolicy policy = HealthPolicy.DEFAULT;
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final Instant reset = Instant.parse("2026-11-21T16:00:00Z");

    private AccountHealth fail(AccountHealth health, FailureClass failure) {
        return policy.afterFailure(health, failure, "x", reset);
    }

    private Breaker failed(Breaker breaker, Optional<Duration> retryAfter, Instant at) {
        return policy.afterFailure(breaker, breaker.generation(), retryAfter, "x", at);
    }

    @Test
    void quotaSuspendsUntilTheReset() {
        AccountHealth after = fail(AccountHealth.ENABLED, FailureClass.QUOTA);
        assertEquals(AccountStatus.SUSPENDED, after.status());
        assertEquals(Optional.of(reset), after.until());
    }

    @Test
    void authDisablesAfterTwoInARow() {
        AccountHealth once = fail(AccountHealth.ENABLED, FailureClass.AUTH);
        assertEquals(AccountStatus.ENABLED, once.status());
        AccountHealth twice = fail(once, FailureClass.AUTH);
        assertEquals(AccountStatus.DISABLED, twice.status());
        assertTrue(twice.reason().startsWith("auth failed 2 times"));
    }

    @Test
    void throttlingAndTransientFailuresNeverChangeTheStoredHealth() {
        AccountHealth health = AccountHealth.ENABLED;
        for (int i = 0; i < 50; i++) {
            health = fail(fail(fail(health, FailureClass.TRANSIENT), FailureClass.RATE), FailureClass.CLIENT);
        }
        assertEquals(AccountHealth.ENABLED, health);
    }

    @Test
    void threeFailuresInARowOpenTheBreakerAndASuccessBetweenClearsTheRun() {
        Breaker twice = failed(failed(Breaker.CLOSED, Optional.empty(), now), Optional.empty(), now);
        assertEquals(Breaker.State.CLOSED, twice.state());
        Breaker cleared = policy.afterSuccess(twice, twice.generation());
        assertEquals(0, cleared.failures());
        Breaker open = failed(twice, Optional.empty(), now);
        assertEquals(Breaker.State.OPEN, open.state());
        assertEquals(now.plusSeconds(5), open.openUntil());
        assertFalse(open.admits(now.plusSeconds(4)));
    }

    @Test
    void aRetryAfterOpensTheBreakerAtOnceForAsLongAsItAsks() {
        Breaker open = failed(Breaker.CLOSED, Optional.of(Duration.ofSeconds(5)), now);
        assertEquals(Breaker.State.OPEN, open.state());
        assertEquals(now.plusSeconds(5), open.openUntil());
        assertEquals(now.plusSeconds(30), failed(Breaker.CLOSED, Optional.of(Duration.ofHours(1)), now).openUntil());
    }

    @Test
    void afterTheCooldownOneProbeGoesThroughAndItsSuccessClosesTheBreaker() {
        Breaker open = failed(Breaker.CLOSED, Optional.of(Duration.ofSeconds(5)), now);
        Instant later = now.plusSeconds(5);
        assertTrue(open.admits(later));
        Breaker probing = policy.admit(open, later);
        assertEquals(Breaker.State.HALF_OPEN, probing.state());
        assertFalse(probing.admits(later), "only one probe at a time");
        Breaker closed = policy.afterSuccess(probing, probing.generation());
        assertEquals(Breaker.State.CLOSED, closed.state());
        assertEquals(0, closed.openings());
    }

    @Test
    void aFailedProbeOpensTheBreakerForTwiceAsLongUpToTheLongestCooldown() {
        Breaker breaker = failed(failed(failed(Breaker.CLOSED, Optional.empty(), now), Optional.empty(), now), Optional.empty(), now);
        Instant at = now;
        for (long expected : new long[] {10, 20, 30, 30, 30}) {
            at = breaker.openUntil();
            Breaker probing = policy.admit(breaker, at);
            breaker = failed(probing, Optional.empty(), at);
            assertEquals(Breaker.State.OPEN, breaker.state());
            assertEquals(at.plusSeconds(expected), breaker.openUntil());
        }
    }

    @Test
    void aProbeWhoseCallerLeftFreesTheSlotForTheNextProbe() {
        Breaker probing = policy.admit(failed(Breaker.CLOSED, Optional.of(Duration.ofSeconds(1)), now), now.plusSeconds(1));
        Breaker released = policy.released(probing, probing.generation());
        assertTrue(released.admits(now.plusSeconds(1)));
        assertEquals(Breaker.State.HALF_OPEN, released.state());
    }

    @Test
    void outcomesOfCallsAdmittedBeforeTheLastChangeDoNotCount() {
        long before = Breaker.CLOSED.generation();
        Breaker open = failed(Breaker.CLOSED, Optional.of(Duration.ofSeconds(5)), now);
        assertEquals(open, policy.afterFailure(open, before, Optional.empty(), "late", now));
        Breaker probing = policy.admit(open, now.plusSeconds(5));
        assertEquals(probing, policy.afterFailure(probing, before, Optional.of(Duration.ofSeconds(5)), "late", now.plusSeconds(5)));
        assertEquals(probing, policy.afterSuccess(probing, before));
    }
}
