package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tollgate.application.identity.signin.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SignInAttempts} does: per key, a fixed window from the first attempt, no attempt lost. */
public abstract class SignInAttemptsContract {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private SignInAttempts attempts;

    /** New, empty counts. */
    protected abstract SignInAttempts newAttempts();

    @BeforeEach
    void createAttempts() {
        attempts = newAttempts();
    }

    @Test
    void attemptsAreCountedInAWindowThatEndsAFixedTimeAfterTheFirst() {
        assertEquals(new SignInAttempts.Count(1, T0.plus(WINDOW)), attempts.attempt("k", T0, WINDOW));
        assertEquals(new SignInAttempts.Count(2, T0.plus(WINDOW)), attempts.attempt("k", T0.plusSeconds(60), WINDOW));
        assertEquals(new SignInAttempts.Count(1, T0.plus(WINDOW)), attempts.attempt("other", T0, WINDOW));
    }

    @Test
    void aKeyWhoseWindowEndedStartsAgainAndAClearedOneToo() {
        attempts.attempt("k", T0, WINDOW);
        attempts.attempt("k", T0, WINDOW);
        Instant later = T0.plus(WINDOW);

        assertEquals(new SignInAttempts.Count(1, later.plus(WINDOW)), attempts.attempt("k", later, WINDOW));
        attempts.clear("k");
        assertEquals(1, attempts.attempt("k", later, WINDOW).attempts());
    }

    @Test
    void endedWindowsAreForgottenAndOpenOnesKept() {
        attempts.attempt("old", T0, WINDOW);
        attempts.attempt("new", T0.plus(WINDOW), WINDOW);

        assertEquals(1, attempts.forgetEnded(T0.plus(WINDOW).plusSeconds(1)));
        assertEquals(2, attempts.attempt("new", T0.plus(WINDOW), WINDOW).attempts());
    }

    @Test
    void concurrentAttemptsAreEachCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SignInAttempts.Count>> counts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                counts.add(pool.submit(() -> attempts.attempt("k", T0, WINDOW)));
            }
            for (Future<SignInAttempts.Count> count : counts) {
                count.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(41, attempts.attempt("k", T0, WINDOW).attempts());
    }
}
