package io.tollgate.application.totp;

import io.tollgate.domain.totp.TotpSecret;
import java.util.Optional;

/** The one server-side memfit secret every node sharing the database serves and checks. */
public interface TotpSecrets {

    Optional<TotpSecret> current();

    /** Stores {@code candidate} unless a secret exists; returns the one in force either way. */
    TotpSecret createIfAbsent(TotpSecret candidate);

    /** Replaces the secret in force (rotation). */
    void replace(TotpSecret secret);
}
