package io.tollgate.application.identity;

import io.tollgate.domain.identity.User;
import java.time.Duration;
import java.util.Optional;

/** A user's password check, throttled per name and client address: the active user, a refusal, or how long to wait. */
final class ThrottledPasswords {

    /** What a check found; a wrong name, a wrong password and a disabled user are all {@link Refused}. */
    sealed interface Result {
        record Passed(User user) implements Result {}

        record Refused() implements Result {}

        record Wait(Duration retryAfter) implements Result {}
    }

    private final AuthenticatePassword passwords;
    private final LoginThrottle throttle;

    ThrottledPasswords(AuthenticatePassword passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    Result check(String username, String password, String clientIp) {
        String key = SignInAdmin.throttleKey(username, clientIp);
        Optional<Duration> wait = throttle.refusedFor(key);
        if (wait.isPresent()) {
            return new Result.Wait(wait.get());
        }
        Optional<User> user = passwords.authenticate(username, password == null ? "" : password).filter(User::isActive);
        if (user.isEmpty()) {
            throttle.failed(key);
            return new Result.Refused();
        }
        throttle.succeeded(key);
        return new Result.Passed(user.get());
    }
}
