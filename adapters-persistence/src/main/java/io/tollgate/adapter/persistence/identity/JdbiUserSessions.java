package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.UserSessions;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Users' console sessions in PostgreSQL, by the hash of their id. */
final class JdbiUserSessions implements UserSessions {

    private final Jdbi jdbi;

    JdbiUserSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void open(String idHash, UserId user, Instant expiresAt) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO user_sessions (id_hash, user_id, expires_at)"
                        + " VALUES (:idHash, :user, :expiresAt)")
                .bind("idHash", idHash).bind("user", user.value()).bind("expiresAt", expiresAt).execute());
    }

    @Override
    public Optional<UserId> find(String idHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT user_id FROM user_sessions"
                        + " WHERE id_hash = :idHash AND expires_at > :now")
                .bind("idHash", idHash).bind("now", now).mapTo(UUID.class).findOne().map(UserId::new));
    }

    @Override
    public void close(String idHash) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM user_sessions WHERE id_hash = :idHash")
                .bind("idHash", idHash).execute());
    }
}
