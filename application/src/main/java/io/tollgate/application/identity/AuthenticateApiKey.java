package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the key and user behind an API key secret. Lookups are remembered for a few seconds so a busy key
 * costs no query per request; a revoked key or disabled user therefore stops working within that time.
 */
public final class AuthenticateApiKey {

    private record Remembered(Optional<ApiKey> key, Optional<User> user, Instant until) {}

    private static final int MAX_REMEMBERED = 100_000;

    private final ApiKeys keys;
    private final Users users;
    private final Clock clock;
    private final Duration remember;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    public AuthenticateApiKey(ApiKeys keys, Users users, Clock clock, Duration remember) {
        this.keys = keys;
        this.users = users;
        this.clock = clock;
        this.remember = remember;
    }

    public ApiKeyAuthentication authenticate(String secret) {
        if (secret == null || !secret.startsWith(IssueApiKey.PREFIX) || secret.length() > 200) {
            return new ApiKeyAuthentication.Invalid("missing or malformed API key");
        }
        Instant now = clock.instant();
        String hash = SecretHash.of(secret);
        Remembered found = recent.get(hash);
        if (found == null || now.isAfter(found.until())) {
            Optional<ApiKey> key = keys.bySecretHash(hash);
            found = new Remembered(key, key.flatMap(k -> users.byId(k.user())), now.plus(remember));
            if (recent.size() >= MAX_REMEMBERED) {
                recent.clear();
            }
            recent.put(hash, found);
        }
        if (found.key().isEmpty() || found.user().isEmpty()) {
            return new ApiKeyAuthentication.Invalid("unknown API key");
        }
        if (found.key().get().expiredAt(now)) {
            return new ApiKeyAuthentication.Invalid("the API key has expired");
        }
        if (!found.user().get().isActive()) {
            return new ApiKeyAuthentication.Invalid("the key's user is disabled");
        }
        return new ApiKeyAuthentication.Valid(found.key().get(), found.user().get());
    }

    /** Forgets every remembered lookup, e.g. after this node revoked a key. */
    public void forgetAll() {
        recent.clear();
    }
}
