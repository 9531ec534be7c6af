package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.database.UniqueViolation;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.UserId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** API keys in PostgreSQL, found by the hash of their secret, which is all that is stored of it. */
final class JdbiApiKeys implements ApiKeys {

    private final ApiKeysSql sql;

    JdbiApiKeys(Jdbi jdbi) {
        this.sql = jdbi.onDemand(ApiKeysSql.class);
    }

    @Override
    public void add(ApiKey key, String secretHash) {
        try {
            sql.add(key.id().value(), key.user().value(), key.name(), key.hint(), secretHash,
                    key.modelPatterns().toArray(String[]::new), key.expiresAt().orElse(null), key.rpm(), key.tpm(),
                    key.createdAt());
        } catch (RuntimeException failed) {
            if (UniqueViolation.isCauseOf(failed)) {
                throw new IllegalStateException("a key with this id or hash exists", failed);
            }
            throw failed;
        }
    }

    @Override
    public Optional<ApiKey> bySecretHash(String secretHash) {
        return sql.bySecretHash(secretHash).map(ApiKeyRow::toKey);
    }

    @Override
    public List<ApiKey> list(Optional<UserId> user, int offset, int limit) {
        int from = Math.max(0, offset);
        int count = Math.max(0, limit);
        List<ApiKeyRow> rows = user.isPresent() ? sql.ofUser(user.get().value(), from, count) : sql.all(from, count);
        return rows.stream().map(ApiKeyRow::toKey).toList();
    }

    @Override
    public boolean delete(ApiKeyId id) {
        return sql.delete(id.value()) > 0;
    }
}
