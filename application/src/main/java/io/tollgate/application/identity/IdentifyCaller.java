package io.tollgate.application.identity;

import java.util.Optional;

/** Finds the active user behind a bearer credential of the user API: one of their API keys, or a session token. */
public final class IdentifyCaller {

    /** Who is calling: a known caller, a right credential of a disabled user, or nobody the API knows. */
    public sealed interface Identified {
        record Known(Caller caller) implements Identified {}

        record Disabled() implements Identified {}

        /** A missing, wrong or expired credential, or a user who is gone. */
        record Unknown() implements Identified {}
    }

    private final AuthenticateApiKey apiKeys;
    private final AuthenticateToken sessions;

    public IdentifyCaller(AuthenticateApiKey apiKeys, AuthenticateToken sessions) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
    }

    public Identified identify(String bearer) {
        if (bearer == null || bearer.isBlank()) {
            return new Identified.Unknown();
        }
        if (bearer.startsWith(IssueApiKey.PREFIX)) {
            return switch (apiKeys.authenticate(bearer)) {
                case ApiKeyAuthentication.Valid valid -> new Identified.Known(new Caller(valid.user(), Optional.of(valid.key())));
                case ApiKeyAuthentication.UserDisabled disabled -> new Identified.Disabled();
                case ApiKeyAuthentication.Invalid invalid -> new Identified.Unknown();
            };
        }
        if (!AuthenticateToken.looksLikeJwt(bearer)) {
            return new Identified.Unknown();
        }
        if (!(sessions.authenticate(bearer) instanceof Authentication.Authenticated signedIn)) {
            return new Identified.Unknown();
        }
        return signedIn.user().isActive() ? new Identified.Known(new Caller(signedIn.user(), Optional.empty()))
                : new Identified.Disabled();
    }
}
