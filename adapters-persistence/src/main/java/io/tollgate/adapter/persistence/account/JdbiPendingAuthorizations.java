package io.tollgate.adapter.persistence.account;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.application.account.PendingAuthorization;
import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Authorizations in flight; taking one deletes it in the same statement, so a state works once across nodes. */
final class JdbiPendingAuthorizations implements PendingAuthorizations {

    private static final String COLUMNS = "state_hash, account_id, owner_id, platform, account_name, daily_token_quota,"
            + " verifier_key_id, verifier, expires_at";

    private final Jdbi jdbi;

    JdbiPendingAuthorizations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(PendingAuthorization pending) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO oauth_pending (" + COLUMNS + ") VALUES (:stateHash,"
                        + " :account, :owner, :platform, :name, :quota, :keyId, :verifier, :expiresAt)")
                .bind("stateHash", pending.stateHash())
                .bind("account", pending.account().value())
                .bind("owner", pending.owner().value())
                .bind("platform", pending.platform().wireName())
                .bind("name", pending.accountName())
                .bind("quota", pending.dailyTokenQuota())
                .bind("keyId", pending.codeVerifier().keyId())
                .bind("verifier", pending.codeVerifier().sealed())
                .bind("expiresAt", pending.expiresAt())
                .execute());
    }

    @Override
    public Optional<PendingAuthorization> take(String stateHash) {
        return jdbi.withHandle(handle -> handle.createQuery("DELETE FROM oauth_pending WHERE state_hash = :stateHash"
                        + " RETURNING " + COLUMNS)
                .bind("stateHash", stateHash).map(JdbiPendingAuthorizations::map).findOne());
    }

    @Override
    public int forgetExpired(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM oauth_pending WHERE expires_at < :now")
                .bind("now", now).execute());
    }

    private static PendingAuthorization map(ResultSet rs, StatementContext context) throws SQLException {
        String platform = rs.getString("platform");
        return new PendingAuthorization(rs.getString("state_hash"), new AccountId(rs.getObject("account_id", UUID.class)),
                new UserId(rs.getObject("owner_id", UUID.class)),
                Platform.fromWireName(platform).orElseThrow(() -> new IllegalStateException("unknown platform " + platform)),
                rs.getString("account_name"), rs.getLong("daily_token_quota"),
                new SealedCredential(rs.getString("verifier_key_id"), rs.getBytes("verifier")), instant(rs, "expires_at"));
    }
}
