package io.tollgate.application.fakes;

import io.tollgate.application.identity.console.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Reversible "sealing" bound to the owner, so tests can see a secret is never stored as it was given. */
public final class FakeSecretSealer implements SecretSealer {

    @Override
    public String seal(UUID owner, String secret) {
        return owner + ":" + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isCurrent(String sealed) {
        return true;
    }

    @Override
    public boolean canOpen(String sealed) {
        return true;
    }

    @Override
    public String open(UUID owner, String sealed) {
        if (!sealed.startsWith(owner + ":")) {
            throw new IllegalStateException("sealed for another owner");
        }
        return new String(Base64.getDecoder().decode(sealed.substring(sealed.indexOf(':') + 1)), StandardCharsets.UTF_8);
    }
}
