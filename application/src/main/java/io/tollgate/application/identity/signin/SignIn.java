package io.tollgate.application.identity.signin;

import io.tollgate.domain.identity.TokenIssuer;
import io.tollgate.domain.identity.User;
import java.time.Duration;

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

    private final ThrottledPasswords passwords;
    private final TokenIssuer tokens;

    public SignIn(AuthenticatePassword passwords, TokenIssuer tokens, LoginThrottle throttle) {
        this.passwords = new ThrottledPasswords(passwords, throttle);
        this.tokens = tokens;
    }

    public Outcome signIn(String username, String password, String clientIp) {
        return switch (passwords.check(username, password, clientIp)) {
            case ThrottledPasswords.Result.Passed passed -> new Outcome.SignedIn(passed.user(), tokens.issue(passed.user()));
            case ThrottledPasswords.Result.Refused refused -> new Outcome.BadCredentials();
            case ThrottledPasswords.Result.Disabled disabled -> new Outcome.BadCredentials();
            case ThrottledPasswords.Result.Wait wait -> new Outcome.Throttled(wait.retryAfter());
        };
    }
}
