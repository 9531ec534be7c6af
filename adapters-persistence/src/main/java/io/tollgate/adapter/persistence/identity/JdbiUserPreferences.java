package io.tollgate.adapter.persistence.identity;

import io.tollgate.application.identity.UserPreferences;
import io.tollgate.domain.identity.UserId;
import org.jdbi.v3.core.Jdbi;

/** Users' preferences in PostgreSQL; no row means the defaults. */
final class JdbiUserPreferences implements UserPreferences {

    private final Jdbi jdbi;

    JdbiUserPreferences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean pointsFallback(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT points_fallback FROM user_preferences WHERE user_id = :user")
                .bind("user", user.value()).mapTo(Boolean.class).findOne().orElse(false));
    }

    @Override
    public void setPointsFallback(UserId user, boolean allowed) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO user_preferences (user_id, points_fallback)"
                        + " VALUES (:user, :allowed) ON CONFLICT (user_id) DO UPDATE SET points_fallback = :allowed")
                .bind("user", user.value()).bind("allowed", allowed).execute());
    }
}
