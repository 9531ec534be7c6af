package io.tollgate.application.identity;

import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import java.time.Instant;
import java.util.Optional;

/**
 * API keys found lately, with their users, by the hash of the secret, so a busy key costs no query per request.
 * Bounded, dropping the least used first, so that a flood of unknown keys cannot push the busy ones out.
 */
public interface RememberedKeys {

    /** A key and its user as found, trusted until {@code until}. */
    record Found(ApiKey key, User user, Instant until) {}

    Optional<Found> get(String secretHash);

    void put(String secretHash, Found found);

    /** Forgets every lookup, e.g. after this node revoked a key. */
    void forgetAll();
}
