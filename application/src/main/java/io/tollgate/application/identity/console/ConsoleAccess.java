package io.tollgate.application.identity.console;

import io.tollgate.application.identity.SecretHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Finds who a console cookie belongs to, and signs it out. */
public final class ConsoleAccess {

    /** A live session and its admin. */
    public record Signed(ConsoleSession session, Admin admin) {}

    private final ConsoleSessions sessions;
    private final Admins admins;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ConsoleAccess(ConsoleSessions sessions, Admins admins, Clock clock) {
        this.sessions = sessions;
        this.admins = admins;
        this.clock = clock;
    }

    public Optional<Signed> current(String sessionId) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 100) {
            return Optional.empty();
        }
        return sessions.find(SecretHash.of(sessionId), clock.instant())
                .flatMap(session -> admins.byId(session.admin()).map(admin -> new Signed(session, admin)));
    }

    /**
     * Moves a session that just completed its sign-in to a new id (and the old id stops working), so an id planted
     * in a browser before sign-in never becomes a signed-in session; the new id, or empty for no such session.
     */
    public Optional<String> renew(String sessionId) {
        Optional<Signed> signed = current(sessionId);
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String renewed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ConsoleSession old = signed.get().session();
        sessions.open(new ConsoleSession(SecretHash.of(renewed), old.admin(), old.stage(), old.expiresAt()));
        sessions.close(old.idHash());
        return Optional.of(renewed);
    }

    public void signOut(String sessionId) {
        if (sessionId != null && !sessionId.isBlank()) {
            sessions.close(SecretHash.of(sessionId));
        }
    }
}
