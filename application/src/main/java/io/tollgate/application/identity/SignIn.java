package io.tollgate.application.identity;

import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.User;
import java.util.Optional;

/** Signs a user in with username and password and issues a session token for the user API. */
public final class SignIn {

    /** A session token for an active user, or nothing: a wrong name, a wrong password and a disabled user look alike. */
    public record SignedIn(User user, String token) {}

    private final AuthenticatePassword passwords;
    private final TokenIssuer tokens;

    public SignIn(AuthenticatePassword passwords, TokenIssuer tokens) {
        this.passwords = passwords;
        this.tokens = tokens;
    }

    public Optional<SignedIn> signIn(String username, String password) {
        return passwords.authenticate(username, password == null ? "" : password)
                .filter(User::isActive)
                .map(user -> new SignedIn(user, tokens.issue(user)));
    }
}
