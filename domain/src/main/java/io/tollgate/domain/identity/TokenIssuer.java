package io.tollgate.domain.identity;

import java.util.Optional;

/** Issues signed, expiring session tokens for users and verifies them. */
public interface TokenIssuer {

    String issue(User user);

    /** The user a valid token was issued for; empty for a bad signature, algorithm or expiry. */
    Optional<UserId> verify(String token);
}
