package io.tollgate.application.identity.signin;

import io.tollgate.application.identity.SecretHash;
import io.tollgate.application.identity.UserSessions;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.Users;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs users into their console pages with username and password: a server-side session (only its hash is stored),
 * throttled per username and client address like the admins' sign-in.
 */
public final class SignInUser {

    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    /** How a sign-in ended; a wrong name, a wrong password and a disabled user look alike. */
    public sealed interface Outcome {
        /** {@code sessionId} goes into the cookie. */
        record Opened(String sessionId, User user) implements Outcome {}

        record BadCredentials() implements Outcome {}

        record Throttled(Duration retryAfter) implements Outcome {}
    }

    private final ThrottledPasswords passwords;
    private final Users users;
    private final UserSessions sessions;
    private final SecureRandom random;
    private final Clock clock;

    public SignInUser(AuthenticatePassword passwords, Users users, UserSessions sessions, LoginThrottle throttle,
                      SecureRandom random, Clock clock) {
        this.passwords = new ThrottledPasswords(passwords, throttle);
        this.users = users;
        this.sessions = sessions;
        this.random = random;
        this.clock = clock;
    }

    public Outcome signIn(String username, String password, String clientIp) {
        return switch (passwords.check(username, password, clientIp)) {
            case ThrottledPasswords.Result.Passed passed -> {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                sessions.open(SecretHash.of(sessionId), passed.user().id(), clock.instant().plus(SESSION_LIFETIME));
                yield new Outcome.Opened(sessionId, passed.user());
            }
            case ThrottledPasswords.Result.Refused refused -> new Outcome.BadCredentials();
            case ThrottledPasswords.Result.Disabled disabled -> new Outcome.BadCredentials();
            case ThrottledPasswords.Result.Wait wait -> new Outcome.Throttled(wait.retryAfter());
        };
    }

    /** The active user behind a cookie's session, read fresh (balance included). */
    public Optional<User> current(String sessionId) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 100) {
            return Optional.empty();
        }
        return sessions.find(SecretHash.of(sessionId), clock.instant()).flatMap(users::byId).filter(User::isActive);
    }

    public void signOut(String sessionId) {
        if (sessionId != null && !sessionId.isBlank()) {
            sessions.close(SecretHash.of(sessionId));
        }
    }
}
