package io.tollgate.application.identity.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * Sign-in attempts counted per key (a door, a name and a client address, hashed) in fixed windows, shared by every
 * node so that a limit holds however many nodes an attacker spreads the tries over.
 */
public interface SignInAttempts {

    /** The attempts counted in a key's current window, this one included, and when that window ends. */
    record Count(int attempts, Instant windowEnds) {}

    /** Counts one attempt, atomically: a key whose window ended starts a new one of length {@code window} at {@code now}. */
    Count attempt(String keyHash, Instant now, Duration window);

    /** Forgets a key's attempts (after a successful sign-in). */
    void clear(String keyHash);

    /** Drops the counts whose window ended before {@code now}; how many. */
    int forgetEnded(Instant now);
}
