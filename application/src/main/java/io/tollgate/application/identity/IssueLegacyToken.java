package io.tollgate.application.identity;

import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Users;
import java.util.Optional;

/** Gives a user a plain access token for old share links (deprecated; a JWT is preferred). */
public final class IssueLegacyToken {

    private final Users users;
    private final LegacyTokens legacyTokens;

    public IssueLegacyToken(Users users, LegacyTokens legacyTokens) {
        this.users = users;
        this.legacyTokens = legacyTokens;
    }

    /** The new token, to be shown once; empty when there is no such user. */
    public Optional<String> issue(UserId user) {
        return users.byId(user).map(found -> legacyTokens.issue(found.id()));
    }
}
