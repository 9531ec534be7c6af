package io.tollgate.adapter.persistence.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiApiKeys}. */
interface ApiKeysSql {

    @SqlUpdate("INSERT INTO api_keys (id, user_id, name, hint, secret_hash, model_patterns, expires_at, rpm, tpm,"
            + " created_at) VALUES (:id, :user, :name, :hint, :secretHash, :modelPatterns, :expiresAt, :rpm, :tpm,"
            + " :createdAt)")
    void add(UUID id, UUID user, String name, String hint, String secretHash, String[] modelPatterns,
             Instant expiresAt, int rpm, int tpm, Instant createdAt);

    @SqlQuery("SELECT " + ApiKeyRow.COLUMNS + " FROM api_keys WHERE secret_hash = :secretHash")
    Optional<ApiKeyRow> bySecretHash(String secretHash);

    @SqlQuery("SELECT " + ApiKeyRow.COLUMNS + " FROM api_keys ORDER BY seq DESC LIMIT :limit OFFSET :offset")
    List<ApiKeyRow> all(int offset, int limit);

    @SqlQuery("SELECT " + ApiKeyRow.COLUMNS + " FROM api_keys WHERE user_id = :user"
            + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
    List<ApiKeyRow> ofUser(UUID user, int offset, int limit);

    @SqlUpdate("DELETE FROM api_keys WHERE id = :id")
    int delete(UUID id);
}
