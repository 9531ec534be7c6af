package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.console.Admin;
import io.tollgate.application.identity.console.AdminId;
import io.tollgate.application.identity.console.Admins;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Console admins in {@code console_admins}, recovery codes in {@code console_recovery_codes}. */
final class JdbiAdmins implements Admins {

    private static final String COLUMNS = "id, username, password_hash, totp_secret_sealed, totp_enabled, totp_last_step";

    private final Jdbi jdbi;

    JdbiAdmins(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Admin> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM console_admins WHERE username = :u")
                .bind("u", username).map(JdbiAdmins::map).findOne());
    }

    @Override
    public Optional<Admin> byId(AdminId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM console_admins WHERE id = :id")
                .bind("id", id.value()).map(JdbiAdmins::map).findOne());
    }

    @Override
    public List<Admin> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM console_admins ORDER BY created_at")
                .map(JdbiAdmins::map).list());
    }

    @Override
    public boolean replaceTotpSecret(AdminId id, String expected, String replacement) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE console_admins SET totp_secret_sealed = :new WHERE id = :id AND totp_secret_sealed = :old")
                .bind("new", replacement).bind("id", id.value()).bind("old", expected).execute()) == 1;
    }

    @Override
    public boolean addFirst(Admin admin) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO console_admins (id, username, password_hash)
                        SELECT :id, :username, :hash WHERE NOT EXISTS (SELECT 1 FROM console_admins)
                        ON CONFLICT (username) DO NOTHING""")
                .bind("id", admin.id().value()).bind("username", admin.username()).bind("hash", admin.passwordHash())
                .execute()) == 1;
    }

    @Override
    public void beginTotpEnrolment(AdminId id, String sealedSecret) {
        // An admin whose factor is on keeps it: a second enrolment needs a separate reset, not a stray form post.
        jdbi.useHandle(h -> h.createUpdate("UPDATE console_admins SET totp_secret_sealed = :s WHERE id = :id AND NOT totp_enabled")
                .bind("s", sealedSecret).bind("id", id.value()).execute());
    }

    @Override
    public void enableTotp(AdminId id, List<String> recoveryCodeHashes) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE console_admins SET totp_enabled = true WHERE id = :id").bind("id", id.value()).execute();
            h.createUpdate("DELETE FROM console_recovery_codes WHERE admin_id = :id").bind("id", id.value()).execute();
            for (String hash : recoveryCodeHashes) {
                h.createUpdate("INSERT INTO console_recovery_codes (admin_id, code_hash) VALUES (:id, :hash)")
                        .bind("id", id.value()).bind("hash", hash).execute();
            }
        });
    }

    @Override
    public boolean useTotpStep(AdminId id, long step) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE console_admins SET totp_last_step = :step WHERE id = :id AND totp_last_step < :step")
                .bind("step", step).bind("id", id.value()).execute()) == 1;
    }

    @Override
    public void changePassword(AdminId id, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE console_admins SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id.value()).execute());
    }

    @Override
    public boolean resetCredentials(AdminId id, String passwordHash) {
        // The last used step goes too: it belongs to the removed secret and would refuse the new one's first codes.
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM console_recovery_codes WHERE admin_id = :id").bind("id", id.value()).execute();
            return h.createUpdate("""
                            UPDATE console_admins SET password_hash = :hash, totp_secret_sealed = NULL, totp_enabled = false,
                                totp_last_step = 0 WHERE id = :id""")
                    .bind("hash", passwordHash).bind("id", id.value()).execute() == 1;
        });
    }

    @Override
    public boolean useRecoveryCode(AdminId id, String codeHash) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM console_recovery_codes WHERE admin_id = :id AND code_hash = :hash")
                .bind("id", id.value()).bind("hash", codeHash).execute()) == 1;
    }

    private static Admin map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Admin(new AdminId(rs.getObject("id", UUID.class)), rs.getString("username"), rs.getString("password_hash"),
                Optional.ofNullable(rs.getString("totp_secret_sealed")), rs.getBoolean("totp_enabled"), rs.getLong("totp_last_step"));
    }
}
