package io.tollgate.application.shareauth;

import io.tollgate.application.identity.AuthenticateToken;
import io.tollgate.application.identity.Authentication;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.shareauth.ShareUrl;

/** The token check that start and finish share: the user behind the token, or why there is none. */
final class ShareSession {

    sealed interface Check {
        record Valid(User user) implements Check {}

        record Invalid(ShareAuthFailure failure) implements Check {}
    }

    private final AuthenticateToken authenticateToken;

    ShareSession(AuthenticateToken authenticateToken) {
        this.authenticateToken = authenticateToken;
    }

    Check check(String token) {
        if (ShareUrl.isFastGptGeneratedToken(token)) {
            return new Check.Invalid(new ShareAuthFailure.FastGptPlaceholderToken());
        }
        return switch (authenticateToken.authenticate(token)) {
            case Authentication.Authenticated authenticated -> new Check.Valid(authenticated.user());
            case Authentication.NoToken ignored -> new Check.Invalid(new ShareAuthFailure.MissingToken());
            case Authentication.BadToken ignored -> new Check.Invalid(new ShareAuthFailure.InvalidToken());
            case Authentication.UnknownUser ignored -> new Check.Invalid(new ShareAuthFailure.UnknownUser());
        };
    }
}
