package io.tollgate.application.fakes;

import io.tollgate.application.totp.TotpSecrets;
import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The server's memfit secret in memory. */
public final class InMemoryTotpSecrets implements TotpSecrets {

    private final AtomicReference<TotpSecret> secret = new AtomicReference<>();

    @Override
    public Optional<TotpSecret> current() {
        return Optional.ofNullable(secret.get());
    }

    @Override
    public TotpSecret createIfAbsent(TotpSecret candidate) {
        return secret.compareAndSet(null, candidate) ? candidate : secret.get();
    }

    @Override
    public void replace(TotpSecret fresh) {
        secret.set(fresh);
    }
}
