package io.tollgate.application.identity.console;

import java.time.Instant;
import java.util.Optional;

/** Server-side console sessions, shared by every node. */
public interface ConsoleSessions {

    void open(ConsoleSession session);

    /** The session if it exists and has not expired at {@code now}. */
    Optional<ConsoleSession> find(String idHash, Instant now);

    void advance(String idHash, ConsoleSession.Stage stage);

    void close(String idHash);

    /** Ends every session of this admin, at any stage; how many there were. */
    int closeAll(AdminId admin);
}
