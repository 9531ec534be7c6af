package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.signin.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Jdbi;

/** Sign-in attempts in PostgreSQL: one row per key, counted by a single upsert so concurrent tries never lose one. */
final class JdbiSignInAttempts implements SignInAttempts {

    /** Far beyond any limit; keeps the counter from overflowing under an endless flood. */
    private static final int CEILING = 1_000_000;

    private final Jdbi jdbi;

    JdbiSignInAttempts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Count attempt(String keyHash, Instant now, Duration window) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO sign_in_attempts AS a (key_hash, attempts, window_ends) VALUES (:key, 1, :ends)
                        ON CONFLICT (key_hash) DO UPDATE SET
                            attempts = CASE WHEN a.window_ends <= :now THEN 1 ELSE LEAST(a.attempts + 1, :ceiling) END,
                            window_ends = CASE WHEN a.window_ends <= :now THEN :ends ELSE a.window_ends END
                        RETURNING attempts, window_ends""")
                .bind("key", keyHash).bind("now", now).bind("ends", now.plus(window)).bind("ceiling", CEILING)
                .map((rs, ctx) -> new Count(rs.getInt("attempts"), rs.getObject("window_ends", OffsetDateTime.class).toInstant()))
                .one());
    }

    @Override
    public void clear(String keyHash) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM sign_in_attempts WHERE key_hash = :key")
                .bind("key", keyHash).execute());
    }

    @Override
    public int forgetEnded(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM sign_in_attempts WHERE window_ends < :now")
                .bind("now", now).execute());
    }
}
