package io.tollgate.adapter.persistence.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements behind {@link JdbiUsers}. */
interface UsersSql {

    @SqlQuery("INSERT INTO users (username, password_hash, created_at) VALUES (:username, :passwordHash, :createdAt)"
            + " ON CONFLICT (username) DO NOTHING RETURNING " + UserRow.COLUMNS)
    Optional<UserRow> add(String username, String passwordHash, Instant createdAt);

    @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE id = :id")
    Optional<UserRow> byId(UUID id);

    @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE username = :username")
    Optional<UserRow> byUsername(String username);

    @SqlQuery("SELECT password_hash FROM users WHERE id = :id")
    Optional<String> passwordHash(UUID id);

    @SqlUpdate("UPDATE users SET status = :status WHERE id = :id")
    int changeStatus(UUID id, String status);

    // position() rather than LIKE, so that % and _ in the text are plain characters
    @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE position(:nameContains IN username) > 0"
            + " ORDER BY seq LIMIT :limit OFFSET :offset")
    List<UserRow> list(String nameContains, int offset, int limit);

    @SqlQuery("SELECT " + UserRow.COLUMNS + " FROM users WHERE id = ANY(:ids)")
    List<UserRow> byIds(UUID[] ids);
}
