package io.tollgate.application.totp;

import io.tollgate.application.support.Reloading;
import io.tollgate.domain.totp.TotpSecret;
import java.time.Clock;
import java.time.Duration;

/**
 * The server secret in force, read through a short cache: a rotation on another node sharing the database
 * reaches this one within {@code refresh}; one made here takes effect here at once.
 */
public final class CurrentTotpSecret {

    private final TotpSecrets secrets;
    private final Reloading<TotpSecret> current;

    public CurrentTotpSecret(TotpSecrets secrets, Clock clock, Duration refresh) {
        this.secrets = secrets;
        this.current = new Reloading<>(
                () -> secrets.current().orElseGet(() -> secrets.createIfAbsent(TotpSecret.random())), clock, refresh);
    }

    /** The secret, created (once for all nodes) when there is none yet. */
    public TotpSecret get() {
        return current.get();
    }

    /** Replaces the secret with a new random one; the old one stops working on this node at once. */
    public TotpSecret rotate() {
        TotpSecret fresh = TotpSecret.random();
        secrets.replace(fresh);
        return current.set(fresh);
    }
}
