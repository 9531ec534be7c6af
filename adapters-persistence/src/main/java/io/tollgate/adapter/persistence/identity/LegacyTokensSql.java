package io.tollgate.adapter.persistence.identity;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiLegacyTokens}. */
interface LegacyTokensSql {

    /** Replaces the user's token hash; zero rows when there is no such user. */
    @SqlUpdate("INSERT INTO legacy_tokens (user_id, token_hash) SELECT id, :tokenHash FROM users WHERE id = :user"
            + " ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash")
    int store(UUID user, String tokenHash);

    @SqlQuery("SELECT user_id FROM legacy_tokens WHERE token_hash = :tokenHash")
    Optional<UUID> ownerOf(String tokenHash);
}
