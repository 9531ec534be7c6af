package io.tollgate.application.identity.console;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who runs Tollgate from the console: a username, an Argon2id password hash, and a second factor whose
 * secret is kept sealed; {@code lastTotpStep} is the newest TOTP step already used, so a code cannot be replayed.
 */
public record Admin(AdminId id, String username, String passwordHash, Optional<String> sealedTotpSecret,
                    boolean totpEnabled, long lastTotpStep) {

    public Admin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(sealedTotpSecret, "sealedTotpSecret");
        if (username == null || !username.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("an admin username has 1 to 64 letters, digits, '_', '.' or '-'");
        }
        if (totpEnabled && sealedTotpSecret.isEmpty()) {
            throw new IllegalArgumentException("an enabled second factor needs its secret");
        }
    }

    @Override
    public String toString() {
        return "Admin[" + username + "]";
    }
}
