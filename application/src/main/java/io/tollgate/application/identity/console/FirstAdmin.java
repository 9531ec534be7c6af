package io.tollgate.application.identity.console;

import io.tollgate.domain.identity.PasswordHasher;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

/** Makes the console's first admin, {@code admin}, with a random password, when there is no admin yet. */
public final class FirstAdmin {

    public static final String USERNAME = "admin";

    private final Admins admins;
    private final PasswordHasher hasher;
    private final SecureRandom random;

    public FirstAdmin(Admins admins, PasswordHasher hasher, SecureRandom random) {
        this.admins = admins;
        this.hasher = hasher;
        this.random = random;
    }

    /** The new admin's password, to be shown once; empty when an admin already existed. */
    public Optional<String> ensure() {
        if (admins.byUsername(USERNAME).isPresent()) {
            return Optional.empty();
        }
        String password = OneTimePassword.draw(random);
        Admin admin = new Admin(new AdminId(UUID.randomUUID()), USERNAME, hasher.hash(password), Optional.empty(), false, 0);
        return admins.addFirst(admin) ? Optional.of(password) : Optional.empty();
    }
}
