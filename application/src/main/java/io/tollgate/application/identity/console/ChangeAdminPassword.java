package io.tollgate.application.identity.console;

import io.tollgate.domain.identity.PasswordHasher;

/** Lets a signed-in admin replace their password, given the current one. */
public final class ChangeAdminPassword {

    public static final int MINIMUM_LENGTH = 12;

    /** How a change ended. */
    public sealed interface Outcome {
        record Changed() implements Outcome {}
        record WrongCurrentPassword() implements Outcome {}
        record TooShort(int minimumLength) implements Outcome {}
    }

    private final Admins admins;
    private final PasswordHasher hasher;

    public ChangeAdminPassword(Admins admins, PasswordHasher hasher) {
        this.admins = admins;
        this.hasher = hasher;
    }

    public Outcome change(Admin admin, String current, String replacement) {
        if (current == null || !hasher.matches(current, admins.byId(admin.id()).orElseThrow().passwordHash())) {
            return new Outcome.WrongCurrentPassword();
        }
        if (replacement == null || replacement.length() < MINIMUM_LENGTH) {
            return new Outcome.TooShort(MINIMUM_LENGTH);
        }
        admins.changePassword(admin.id(), hasher.hash(replacement));
        return new Outcome.Changed();
    }
}
