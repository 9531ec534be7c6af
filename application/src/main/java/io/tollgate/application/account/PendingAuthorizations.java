package io.tollgate.application.account;

import java.time.Instant;
import java.util.Optional;

/** Authorizations waiting for the platform's redirect; each state can be taken once. */
public interface PendingAuthorizations {

    void add(PendingAuthorization pending);

    /** Removes and returns the authorization with this state hash, expired or not; empty when there is none. */
    Optional<PendingAuthorization> take(String stateHash);

    /** Drops those that expired before {@code now}; how many. */
    int forgetExpired(Instant now);
}
