package io.tollgate.application.identity.console;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in console browser, known by the SHA-256 of its cookie value only; {@code stage} says how far the
 * sign-in got (password only, enrolling a second factor, or complete).
 */
public record ConsoleSession(String idHash, AdminId admin, Stage stage, Instant expiresAt) {

    /** How far a sign-in has got. */
    public enum Stage { NEEDS_CODE, NEEDS_ENROLMENT, COMPLETE }

    public ConsoleSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
