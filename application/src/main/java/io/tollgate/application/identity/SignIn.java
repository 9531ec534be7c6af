package io.tollgate.application.identity;

import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.User;
import java.time.Duration;
import java.util.Optional;

/**
 * Signs a user in to the user API with username and password and issues a session token, throttled per username
 * and client address like the console's sign-in.
 */
public final class SignIn {

    /** How a sign-in ended; a wrong name, a wrong password and a disabled user look alike. */
    public sealed interface Outcome {
        record SignedIn(User user, String token) implements Outcome {}

        record BadCredentials() implements Outcome {}

        record Throttled(Duration retryAfter) implements Outcome {}
    }

    private final AuthenticatePassword passwords;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    public SignIn(AuthenticatePassword passwords, TokenIssuer tokens, LoginThrottle throttle) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    public Outcome signIn(String username, String password, String clientIp) {
        String key = SignInAdmin.throttleKey(username, clientIp);
        Optional<Duration> wait = throttle.refusedFor(key);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Optional<User> user = passwords.authenticate(username, password == null ? "" : password).filter(User::isActive);
        if (user.isEmpty()) {
            throttle.failed(key);
            return new Outcome.BadCredentials();
        }
        throttle.succeeded(key);
        return new Outcome.SignedIn(user.get(), tokens.issue(user.get()));
    }
}
