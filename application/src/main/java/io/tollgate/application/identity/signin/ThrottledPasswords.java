package io.tollgate.application.identity.signin;

import io.tollgate.domain.identity.User;
import java.time.Duration;
import java.util.Optional;

/**
 * A user's password check, throttled per name and client address; one count for every door that takes a user's
 * password (ShareAuth, the user API, the users' pages), so trying another door gains an attacker nothing.
 */
public final class ThrottledPasswords {

    /** What a check found. */
    public sealed interface Result {
        record Passed(User user) implements Result {}

        /** The password was right, but the user is disabled. */
        record Disabled(User user) implements Result {}

        /** A wrong name or a wrong password: the caller is not told which. */
        record Refused() implements Result {}

        record Wait(Duration retryAfter) implements Result {}
    }

    private final AuthenticatePassword passwords;
    private final LoginThrottle throttle;

    public ThrottledPasswords(AuthenticatePassword passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    public Result check(String username, String password, String clientIp) {
        String key = LoginThrottle.key("user", username, clientIp);
        Optional<Duration> wait = throttle.admit(key);
        if (wait.isPresent()) {
            return new Result.Wait(wait.get());
        }
        Optional<User> user = passwords.authenticate(username, password == null ? "" : password);
        if (user.isEmpty()) {
            return new Result.Refused();
        }
        throttle.succeeded(key);
        return user.get().isActive() ? new Result.Passed(user.get()) : new Result.Disabled(user.get());
    }
}
