package io.tollgate.application.identity.console;

import io.tollgate.application.identity.signin.LoginThrottle;
import io.tollgate.application.identity.SecretHash;
import io.tollgate.domain.identity.PasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Checks an admin's password (throttled per username and IP) and opens a console session at the right stage. */
public final class SignInAdmin {

    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    /** Hashed when the username is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DECOY = "decoy-password-for-timing";

    /** How a sign-in ended. */
    public sealed interface Outcome {
        /** {@code sessionId} goes into the cookie; only its hash is stored. */
        record Opened(String sessionId, ConsoleSession session) implements Outcome {}
        record BadCredentials() implements Outcome {}
        record Throttled(Duration retryAfter) implements Outcome {}
    }

    private final Admins admins;
    private final ConsoleSessions sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecureRandom random;
    private final Clock clock;
    private final String decoyHash;

    public SignInAdmin(Admins admins, ConsoleSessions sessions, PasswordHasher hasher, LoginThrottle throttle,
                       SecureRandom random, Clock clock) {
        this.admins = admins;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.random = random;
        this.clock = clock;
        this.decoyHash = hasher.hash(DECOY);
    }

    public Outcome signIn(String username, String password, String clientIp) {
        String key = LoginThrottle.key("admin", username, clientIp);
        Optional<Duration> wait = throttle.admit(key);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Optional<Admin> admin = admins.byUsername(username == null ? "" : username.strip());
        boolean matches = hasher.matches(password == null ? "" : password, admin.map(Admin::passwordHash).orElse(decoyHash));
        if (admin.isEmpty() || !matches) {
            return new Outcome.BadCredentials();
        }
        throttle.succeeded(key);
        ConsoleSession.Stage stage = admin.get().totpEnabled() ? ConsoleSession.Stage.NEEDS_CODE : ConsoleSession.Stage.NEEDS_ENROLMENT;
        String sessionId = newSessionId();
        ConsoleSession session = new ConsoleSession(SecretHash.of(sessionId), admin.get().id(), stage,
                clock.instant().plus(SESSION_LIFETIME));
        sessions.open(session);
        return new Outcome.Opened(sessionId, session);
    }

    private String newSessionId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
