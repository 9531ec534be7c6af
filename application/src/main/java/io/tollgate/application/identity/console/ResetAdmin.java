package io.tollgate.application.identity.console;

import io.tollgate.application.audit.Actors;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.identity.PasswordHasher;
import java.security.SecureRandom;
import java.util.Optional;

/** Gives a console admin who lost their password or second factor a new one-time password and a fresh enrolment. */
public final class ResetAdmin {

    /** How a reset ended. */
    public sealed interface Outcome {
        /** {@code password} is to be shown to the operator once; only its hash is stored. */
        record Reset(String username, String password, int sessionsEnded) implements Outcome {
            @Override
            public String toString() {
                return "Reset[" + username + ", sessionsEnded=" + sessionsEnded + "]";
            }
        }

        record UnknownAdmin(String username) implements Outcome {}
    }

    private final Admins admins;
    private final ConsoleSessions sessions;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final SecureRandom random;

    public ResetAdmin(Admins admins, ConsoleSessions sessions, PasswordHasher hasher, AuditTrail audit, SecureRandom random) {
        this.admins = admins;
        this.sessions = sessions;
        this.hasher = hasher;
        this.audit = audit;
        this.random = random;
    }

    public Outcome reset(String username) {
        Optional<Admin> admin = admins.byUsername(username == null ? "" : username.strip());
        if (admin.isEmpty()) {
            return new Outcome.UnknownAdmin(username);
        }
        String password = OneTimePassword.draw(random);
        if (!admins.resetCredentials(admin.get().id(), hasher.hash(password))) {
            return new Outcome.UnknownAdmin(username);
        }
        // After the new hash is in, so a session opened with the old password a moment before is ended too.
        int ended = sessions.closeAll(admin.get().id());
        audit.record(Actors.COMMAND_LINE, "reset-admin",
                admin.get().username() + ": new password, second factor and recovery codes removed, " + ended + " session(s) ended");
        return new Outcome.Reset(admin.get().username(), password, ended);
    }
}
