package io.tollgate.adapter.persistence.account;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** OAuth grants in PostgreSQL; refresh tokens are stored only sealed. */
final class JdbiOAuthGrants implements OAuthGrants {

    private static final String COLUMNS = "account_id, refresh_key_id, refresh_token, access_expires_at, refreshed_at, last_error";

    private final Jdbi jdbi;

    JdbiOAuthGrants(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(OAuthGrant grant) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO oauth_grants (" + COLUMNS + ") VALUES (:account,"
                        + " :keyId, :token, :expiresAt, :refreshedAt, :lastError) ON CONFLICT (account_id) DO UPDATE SET"
                        + " refresh_key_id = :keyId, refresh_token = :token, access_expires_at = :expiresAt,"
                        + " refreshed_at = :refreshedAt, last_error = :lastError, renewing_until = NULL")
                .bind("account", grant.account().value())
                .bind("keyId", grant.refreshToken().map(SealedCredential::keyId).orElse(null))
                .bind("token", grant.refreshToken().map(SealedCredential::sealed).orElse(null))
                .bind("expiresAt", grant.accessExpiresAt().orElse(null))
                .bind("refreshedAt", grant.refreshedAt().orElse(null))
                .bind("lastError", grant.lastError())
                .execute());
    }

    @Override
    public boolean claimRenewal(AccountId account, Instant now, Instant until) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE oauth_grants SET renewing_until = :until"
                        + " WHERE account_id = :id AND (renewing_until IS NULL OR renewing_until <= :now)")
                .bind("id", account.value()).bind("now", now).bind("until", until).execute()) == 1;
    }

    @Override
    public void releaseRenewal(AccountId account) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE oauth_grants SET renewing_until = NULL WHERE account_id = :id")
                .bind("id", account.value()).execute());
    }

    @Override
    public Optional<OAuthGrant> of(AccountId account) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM oauth_grants WHERE account_id = :id")
                .bind("id", account.value()).map(JdbiOAuthGrants::map).findOne());
    }

    @Override
    public List<OAuthGrant> expiringBefore(Instant instant) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM oauth_grants"
                        + " WHERE access_expires_at < :instant ORDER BY access_expires_at")
                .bind("instant", instant).map(JdbiOAuthGrants::map).list());
    }

    @Override
    public List<OAuthGrant> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM oauth_grants ORDER BY account_id")
                .map(JdbiOAuthGrants::map).list());
    }

    private static OAuthGrant map(ResultSet rs, StatementContext context) throws SQLException {
        String keyId = rs.getString("refresh_key_id");
        Optional<SealedCredential> refresh = keyId == null ? Optional.empty()
                : Optional.of(new SealedCredential(keyId, rs.getBytes("refresh_token")));
        return new OAuthGrant(new AccountId(rs.getObject("account_id", UUID.class)), refresh,
                Optional.ofNullable(instant(rs, "access_expires_at")), Optional.ofNullable(instant(rs, "refreshed_at")),
                rs.getString("last_error"));
    }
}
