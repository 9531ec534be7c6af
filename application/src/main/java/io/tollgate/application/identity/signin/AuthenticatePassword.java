package io.tollgate.application.identity.signin;

import io.tollgate.domain.identity.PasswordHasher;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.identity.Users;
import java.util.Optional;

/** Checks a username and password; a wrong name and a wrong password look the same to the caller. */
public final class AuthenticatePassword {

    /** Hashed once so an unknown name costs as much time as a wrong password. */
    private final String decoyHash;
    private final Users users;
    private final PasswordHasher hasher;

    public AuthenticatePassword(Users users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy password for unknown names");
    }

    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = parse(username).flatMap(users::byUsername);
        String hash = user.flatMap(found -> users.passwordHash(found.id())).orElse(decoyHash);
        boolean matches = hasher.matches(password, hash);
        return matches ? user : Optional.empty();
    }

    private static Optional<Username> parse(String username) {
        try {
            return Optional.of(new Username(username));
        } catch (IllegalArgumentException | NullPointerException notAName) {
            return Optional.empty();
        }
    }
}
