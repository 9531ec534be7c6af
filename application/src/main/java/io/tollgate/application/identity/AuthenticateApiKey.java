package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the key and user behind an API key secret. Keys found are remembered for a few seconds so a busy key
 * costs no query per request; a revoked key or disabled user therefore stops working within that time. Unknown
 * secrets are not remembered: a flood of made-up keys must not take the place of real ones.
 */
public final class AuthenticateApiKey {

    private final ApiKeys keys;
    private final Users users;
    private final Clock clock;
    private final Duration remember;
    private final RememberedKeys recent;

    public AuthenticateApiKey(ApiKeys keys, Users users, RememberedKeys recent, Clock clock, Duration remember) {
        this.keys = keys;
        this.users = users;
        this.recent = recent;
        this.clock = clock;
        this.remember = remember;
    }

    public ApiKeyAuthentication authenticate(String secret) {
        if (secret == null || !secret.startsWith(IssueApiKey.PREFIX) || secret.length() > 200) {
            return new ApiKeyAuthentication.Invalid("missing or malformed API key");
        }
        Instant now = clock.instant();
        String hash = SecretHash.of(secret);
        Optional<RememberedKeys.Found> found = recent.get(hash).filter(lookup -> !now.isAfter(lookup.until()));
        if (found.isEmpty()) {
            Optional<ApiKey> key = keys.bySecretHash(hash);
            Optional<User> user = key.flatMap(k -> users.byId(k.user()));
            if (key.isEmpty() || user.isEmpty()) {
                return new ApiKeyAuthentication.Invalid("unknown API key");
            }
            found = Optional.of(new RememberedKeys.Found(key.get(), user.get(), now.plus(remember)));
            recent.put(hash, found.get());
        }
        ApiKey key = found.get().key();
        User user = found.get().user();
        if (key.expiredAt(now)) {
            return new ApiKeyAuthentication.Invalid("the API key has expired");
        }
        if (!user.isActive()) {
            return new ApiKeyAuthentication.UserDisabled(user);
        }
        return new ApiKeyAuthentication.Valid(key, user);
    }

    /** Forgets every remembered lookup, e.g. after this node revoked a key. */
    public void forgetAll() {
        recent.forgetAll();
    }
}
