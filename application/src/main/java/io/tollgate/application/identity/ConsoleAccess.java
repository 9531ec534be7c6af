package io.tollgate.application.identity;

import io.tollgate.domain.identity.Admin;
import io.tollgate.domain.identity.Admins;
import io.tollgate.domain.identity.ConsoleSession;
import io.tollgate.domain.identity.ConsoleSessions;
import java.time.Clock;
import java.util.Optional;

/** Finds who a console cookie belongs to, and signs it out. */
public final class ConsoleAccess {

    /** A live session and its admin. */
    public record Signed(ConsoleSession session, Admin admin) {}

    private final ConsoleSessions sessions;
    private final Admins admins;
    private final Clock clock;

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

    public void signOut(String sessionId) {
        if (sessionId != null && !sessionId.isBlank()) {
            sessions.close(SecretHash.of(sessionId));
        }
    }
}
