package io.tollgate.domain.identity;

import java.util.List;
import java.util.Optional;

/** API keys, found by the hash of their secret. */
public interface ApiKeys {

    void add(ApiKey key, String secretHash);

    Optional<ApiKey> bySecretHash(String secretHash);

    /** All keys (or one user's), newest first. */
    List<ApiKey> list(Optional<UserId> user, int offset, int limit);

    boolean delete(ApiKeyId id);
}
