package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.console.AdminId;
import io.tollgate.application.identity.console.ConsoleSession;
import io.tollgate.application.identity.console.ConsoleSessions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Console sessions in {@code console_sessions}, keyed by the hash of the cookie value. */
final class JdbiConsoleSessions implements ConsoleSessions {

    private final Jdbi jdbi;

    JdbiConsoleSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void open(ConsoleSession session) {
        jdbi.useHandle(h -> {
            // Expired rows go when new ones come, so the table stays the size of the live sessions.
            h.createUpdate("DELETE FROM console_sessions WHERE expires_at < now()").execute();
            h.createUpdate("INSERT INTO console_sessions (id_hash, admin_id, stage, expires_at) VALUES (:h, :a, :s, :e)")
                    .bind("h", session.idHash()).bind("a", session.admin().value()).bind("s", session.stage().name())
                    .bind("e", session.expiresAt().atOffset(java.time.ZoneOffset.UTC)).execute();
        });
    }

    @Override
    public Optional<ConsoleSession> find(String idHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id_hash, admin_id, stage, expires_at FROM console_sessions WHERE id_hash = :h AND expires_at > :now")
                .bind("h", idHash).bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                .map((rs, ctx) -> new ConsoleSession(rs.getString("id_hash"), new AdminId(rs.getObject("admin_id", UUID.class)),
                        ConsoleSession.Stage.valueOf(rs.getString("stage")),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    @Override
    public void advance(String idHash, ConsoleSession.Stage stage) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE console_sessions SET stage = :s WHERE id_hash = :h")
                .bind("s", stage.name()).bind("h", idHash).execute());
    }

    @Override
    public void close(String idHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM console_sessions WHERE id_hash = :h").bind("h", idHash).execute());
    }

    @Override
    public int closeAll(AdminId admin) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM console_sessions WHERE admin_id = :a")
                .bind("a", admin.value()).execute());
    }
}
