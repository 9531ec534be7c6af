package io.tollgate.application.identity;

import io.tollgate.domain.identity.UserId;
import java.util.Optional;

/** Deprecated plain access tokens (the seed's 明文Token): long random strings kept only as hashes. */
public interface LegacyTokens {

    /** A new plain token for the user, replacing any earlier one; shown once by the caller. */
    String issue(UserId user);

    Optional<UserId> ownerOf(String plainToken);
}
