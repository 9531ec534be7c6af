package io.tollgate.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.breaker.Breaker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The breaker under random calls finishing in random orders; a failure names its seed, rerun that seed to reproduce it. */
class BreakerPropertyTest {

    private final HealthPolicy policy = HealthPolicy.DEFAULT;
    private final Instant start = Instant.parse("2026-11-21T10:00:00Z");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void callsInFlightTogetherOpenTheBreakerOnceAndOnlyOnARunOfFailuresInTheOrderTheyFinish(long seed) {
        Random random = new Random(seed);
        int calls = 1 + random.nextInt(12);
        List<Boolean> finishOrder = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            finishOrder.add(random.nextInt(3) > 0);
        }
        Collections.shuffle(finishOrder, random);
        Breaker breaker = Breaker.CLOSED;
        long ticket = policy.admit(breaker, start).generation();
        int run = 0;
        boolean shouldOpen = false;
        for (boolean failure : finishOrder) {
            run = failure ? run + 1 : 0;
            shouldOpen |= run >= policy.failuresToOpen();
            breaker = failure ? policy.afterFailure(breaker, ticket, Optional.empty(), "x", start) : policy.afterSuccess(breaker, ticket);
        }
        String context = "seed " + seed + ", finish order (true = failure) " + finishOrder;
        assertEquals(shouldOpen ? Breaker.State.OPEN : Breaker.State.CLOSED, breaker.state(), context);
        assertTrue(breaker.openings() <= 1, context);
        assertTrue(breaker.generation() <= ticket + 1, "at most one change, " + context);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whateverHappenedTheBreakerLetsAProbeThroughWithinTheLongestCooldownAndClosesOnItsSuccess(long seed) {
        Random random = new Random(seed);
        Breaker breaker = Breaker.CLOSED;
        Instant now = start;
        List<Long> inFlight = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            now = now.plusMillis(random.nextInt(3000));
            int choice = random.nextInt(4);
            if (choice == 0 && breaker.admits(now)) {
                breaker = policy.admit(breaker, now);
                inFlight.add(breaker.generation());
                assertTrue(breaker.state() != Breaker.State.HALF_OPEN || !breaker.admits(now), "one probe at a time, seed " + seed);
            } else if (!inFlight.isEmpty()) {
                long ticket = inFlight.remove(random.nextInt(inFlight.size()));
                Optional<Duration> retryAfter = random.nextInt(5) == 0 ? Optional.of(Duration.ofSeconds(1 + random.nextInt(9))) : Optional.empty();
                breaker = switch (choice) {
                    case 1 -> policy.afterSuccess(breaker, ticket);
                    case 2 -> policy.afterFailure(breaker, ticket, retryAfter, "x", now);
                    default -> policy.released(breaker, ticket);
                };
            }
            assertTrue(!breaker.openUntil().isAfter(now.plus(policy.maxCooldown())), "cool-down too long, seed " + seed);
        }
        for (long ticket : inFlight) {
            breaker = policy.released(breaker, ticket);
        }
        Instant later = now.plus(policy.maxCooldown());
        assertTrue(breaker.admits(later), "stuck: " + breaker + ", seed " + seed);
        Breaker probed = policy.admit(breaker, later);
        assertEquals(Breaker.State.CLOSED, policy.afterSuccess(probed, probed.generation()).state(), "seed " + seed);
    }
}
