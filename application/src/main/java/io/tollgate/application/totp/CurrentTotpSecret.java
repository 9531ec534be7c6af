package io.tollgate.application.totp;

import io.tollgate.domain.totp.TotpSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The server secret in force, read through a short cache: a rotation on another node sharing the database
 * reaches this one within {@code refresh}; one made here takes effect here at once.
 */
public final class CurrentTotpSecret {

    private final TotpSecrets secrets;
    private final Clock clock;
    private final Duration refresh;
    private volatile Cached cached;

    private record Cached(TotpSecret secret, Instant until) {}

    public CurrentTotpSecret(TotpSecrets secrets, Clock clock, Duration refresh) {
        this.secrets = secrets;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The secret, created (once for all nodes) when there is none yet. */
    public TotpSecret get() {
        Cached now = cached;
        Instant instant = clock.instant();
        if (now != null && instant.isBefore(now.until())) {
            return now.secret();
        }
        TotpSecret secret = secrets.current().orElseGet(() -> secrets.createIfAbsent(TotpSecret.random()));
        cached = new Cached(secret, instant.plus(refresh));
        return secret;
    }

    /** Replaces the secret with a new random one; the old one stops working on this node at once. */
    public TotpSecret rotate() {
        TotpSecret fresh = TotpSecret.random();
        secrets.replace(fresh);
        cached = new Cached(fresh, clock.instant().plus(refresh));
        return fresh;
    }
}
