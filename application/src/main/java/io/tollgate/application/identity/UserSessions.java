package io.tollgate.application.identity;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

/** Users' console sessions, kept by the hash of the cookie's value, never the value itself. */
public interface UserSessions {

    void open(String idHash, UserId user, Instant expiresAt);

    /** The session's user while it has not expired at {@code now}. */
    Optional<UserId> find(String idHash, Instant now);

    void close(String idHash);
}
