package io.tollgate.application.identity.console;

import java.util.List;
import java.util.Optional;

/** The console's administrators, their second factor and their one-time recovery codes. */
public interface Admins {

    Optional<Admin> byUsername(String username);

    Optional<Admin> byId(AdminId id);

    List<Admin> all();

    /** Replaces the sealed TOTP secret if it is still {@code expected}; false if another node changed it first. */
    boolean replaceTotpSecret(AdminId id, String expected, String replacement);

    /** Adds the admin only while there is none at all; whether it was added (false: another node was first). */
    boolean addFirst(Admin admin);

    /** Keeps a new, not yet confirmed TOTP secret (sealed); the second factor stays as it was until confirmed. */
    void beginTotpEnrolment(AdminId id, String sealedSecret);

    /** Turns the enrolled second factor on and replaces the recovery codes (stored as hashes only). */
    void enableTotp(AdminId id, List<String> recoveryCodeHashes);

    /** Records {@code step} as used if it is newer than every step used before; false means a replay. */
    boolean useTotpStep(AdminId id, long step);

    void changePassword(AdminId id, String passwordHash);

    /**
     * Sets a new password hash and removes the second factor and every recovery code, so the admin enrols again;
     * false if there is no such admin.
     */
    boolean resetCredentials(AdminId id, String passwordHash);

    /** Spends one recovery code; false if it is unknown or already spent. */
    boolean useRecoveryCode(AdminId id, String codeHash);
}
