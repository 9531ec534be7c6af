package io.tollgate.application.identity.console;

import java.util.UUID;

/** Encrypts small secrets for storage, bound to their owner so a sealed value cannot be moved to another row. */
public interface SecretSealer {

    /** An opaque text that only {@link #open} under the same owner turns back into the secret. */
    String seal(UUID owner, String secret);

    String open(UUID owner, String sealed);

    /** Whether the value is sealed under the current key, so sealing it again would change nothing. */
    boolean isCurrent(String sealed);

    /** Whether a key this sealer holds (the current one or a retired one) sealed the value. */
    boolean canOpen(String sealed);
}
