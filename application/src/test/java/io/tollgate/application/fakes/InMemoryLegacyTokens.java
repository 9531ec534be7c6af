package io.tollgate.application.fakes;

import io.tollgate.application.identity.LegacyTokens;
import io.tollgate.domain.identity.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Plain tokens in memory (the database adapter keeps only their hashes). */
public final class InMemoryLegacyTokens implements LegacyTokens {

    private final Map<String, UserId> owners = new ConcurrentHashMap<>();

    @Override
    public String issue(UserId user) {
        owners.values().removeIf(user::equals);
        String token = "tg-legacy-" + UUID.randomUUID().toString().replace("-", "");
        owners.put(token, user);
        return token;
    }

    @Override
    public Optional<UserId> ownerOf(String plainToken) {
        return Optional.ofNullable(owners.get(plainToken));
    }
}
