package io.tollgate.adapter.persistence.identity;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code api_keys} without the secret's hash. */
record ApiKeyRow(UUID id, UUID userId, String name, String hint, List<String> modelPatterns, Instant expiresAt,
                 int rpm, int tpm, Instant createdAt) {

    static final String COLUMNS = "id, user_id, name, hint, model_patterns, expires_at, rpm, tpm, created_at";

    static ApiKeyRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new ApiKeyRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("name"), rs.getString("hint"), Columns.strings(rs, "model_patterns"),
                instant(rs, "expires_at"), rs.getInt("rpm"), rs.getInt("tpm"), instant(rs, "created_at"));
    }

    ApiKey toKey() {
        return new ApiKey(new ApiKeyId(id), new UserId(userId), name, hint, modelPatterns,
                Optional.ofNullable(expiresAt), rpm, tpm, createdAt);
    }
}
