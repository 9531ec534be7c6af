package io.tollgate.application.fakes;

import io.tollgate.application.identity.console.AdminId;
import io.tollgate.application.identity.console.ConsoleSession;
import io.tollgate.application.identity.console.ConsoleSessions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Console sessions in memory, for use-case tests. */
public final class InMemoryConsoleSessions implements ConsoleSessions {

    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void open(ConsoleSession session) {
        sessions.put(session.idHash(), session);
    }

    @Override
    public Optional<ConsoleSession> find(String idHash, Instant now) {
        return Optional.ofNullable(sessions.get(idHash)).filter(s -> s.expiresAt().isAfter(now));
    }

    @Override
    public void advance(String idHash, ConsoleSession.Stage stage) {
        sessions.computeIfPresent(idHash, (k, s) -> new ConsoleSession(s.idHash(), s.admin(), stage, s.expiresAt()));
    }

    @Override
    public void close(String idHash) {
        sessions.remove(idHash);
    }

    @Override
    public int closeAll(AdminId admin) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.admin().equals(admin));
        return before - sessions.size();
    }
}
