package io.tollgate.application.identity;

import java.util.Optional;

/** Finds the active user behind a bearer credential of the user API: one of their API keys, or a session token. */
public final class IdentifyCaller {

    private final AuthenticateApiKey apiKeys;
    private final AuthenticateToken sessions;

    public IdentifyCaller(AuthenticateApiKey apiKeys, AuthenticateToken sessions) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
    }

    /** The caller; empty for a missing, wrong or expired credential or a user who is gone or disabled. */
    public Optional<Caller> identify(String bearer) {
        if (bearer == null || bearer.isBlank()) {
            return Optional.empty();
        }
        if (bearer.startsWith(IssueApiKey.PREFIX)) {
            return apiKeys.authenticate(bearer) instanceof ApiKeyAuthentication.Valid valid
                    ? Optional.of(new Caller(valid.user(), Optional.of(valid.key()))) : Optional.empty();
        }
        if (!AuthenticateToken.looksLikeJwt(bearer)) {
            return Optional.empty();
        }
        return sessions.authenticate(bearer) instanceof Authentication.Authenticated signedIn && signedIn.user().isActive()
                ? Optional.of(new Caller(signedIn.user(), Optional.empty())) : Optional.empty();
    }
}
