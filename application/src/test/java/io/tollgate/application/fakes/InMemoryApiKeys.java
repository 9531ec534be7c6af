package io.tollgate.application.fakes;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys in memory, by the hash of their secret. */
public final class InMemoryApiKeys implements ApiKeys {

    private final Map<String, ApiKey> byHash = new LinkedHashMap<>();

    @Override
    public synchronized void add(ApiKey key, String secretHash) {
        if (byHash.containsKey(secretHash)) {
            throw new IllegalStateException("a key with this hash exists");
        }
        byHash.put(secretHash, key);
    }

    @Override
    public synchronized Optional<ApiKey> bySecretHash(String secretHash) {
        return Optional.ofNullable(byHash.get(secretHash));
    }

    @Override
    public synchronized List<ApiKey> list(Optional<UserId> user, int offset, int limit) {
        List<ApiKey> newestFirst = new ArrayList<>(byHash.values().stream()
                .filter(k -> user.map(k.user()::equals).orElse(true)).toList());
        Collections.reverse(newestFirst);
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized boolean delete(ApiKeyId id) {
        return byHash.values().removeIf(k -> k.id().equals(id));
    }
}
