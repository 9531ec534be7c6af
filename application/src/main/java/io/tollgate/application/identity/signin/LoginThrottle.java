package io.tollgate.application.identity.signin;

import io.tollgate.application.identity.SecretHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits sign-in attempts per key (a door's namespace, the name and the client address): once {@code maxFailures}
 * attempts have failed within a window, the key is refused until the window ends. Every attempt is counted before
 * the secret is checked, in {@link SignInAttempts} (the database), so neither parallel tries nor several nodes get
 * an attacker more guesses; a success forgets the count.
 */
public final class LoginThrottle {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private final SignInAttempts attempts;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    public LoginThrottle(SignInAttempts attempts, int maxFailures, Duration window, Clock clock) {
        this.attempts = attempts;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt for the key: empty to go ahead and check the secret, or how long the key must wait. */
    public Optional<Duration> admit(String key) {
        Instant now = clock.instant();
        SignInAttempts.Count count = attempts.attempt(SecretHash.of(key), now, window);
        if (count.attempts() <= maxFailures) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, count.windowEnds());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** The secret was right: the attempts counted for the key are forgotten. */
    public void succeeded(String key) {
        attempts.clear(SecretHash.of(key));
    }

    /** Admins and users are separate name spaces: one door's namespace, the name as typed (case-folded) and the address. */
    public static String key(String door, String username, String clientIp) {
        return door + "|" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT)) + "|" + clientIp;
    }
}
