package io.tollgate.application.fakes;

import io.tollgate.application.identity.signin.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-in attempts in a map, counted like the database does: a fixed window from a key's first attempt. */
public final class InMemorySignInAttempts implements SignInAttempts {

    private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

    @Override
    public Count attempt(String keyHash, Instant now, Duration window) {
        return counts.merge(keyHash, new Count(1, now.plus(window)), (old, fresh) -> old.windowEnds().isAfter(now)
                ? new Count(old.attempts() + 1, old.windowEnds()) : fresh);
    }

    @Override
    public void clear(String keyHash) {
        counts.remove(keyHash);
    }

    @Override
    public int forgetEnded(Instant now) {
        int before = counts.size();
        counts.values().removeIf(count -> count.windowEnds().isBefore(now));
        return before - counts.size();
    }
}
