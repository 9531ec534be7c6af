package io.tollgate.adapter.persistence.relay.stored;

import io.tollgate.application.relay.stored.StoredResponses;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.identity.UserId;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Stored Responses in PostgreSQL, one row per Response id; each write stands alone, outside any call's transaction. */
public final class JdbiStoredResponses implements StoredResponses {

    private final Jdbi jdbi;

    public JdbiStoredResponses(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void remember(Stored stored) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO stored_responses (response_id, user_id, account_id, created_at)
                        VALUES (:id, :user, :account, :at) ON CONFLICT (response_id) DO NOTHING""")
                .bind("id", stored.responseId()).bind("user", stored.user().value()).bind("account", stored.account().value())
                .bind("at", Timestamp.from(stored.createdAt())).execute());
    }

    @Override
    public Optional<Stored> find(String responseId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT user_id, account_id, created_at FROM stored_responses WHERE response_id = :id")
                .bind("id", responseId)
                .map((rs, ctx) -> new Stored(responseId, new UserId(rs.getObject("user_id", UUID.class)),
                        new AccountId(rs.getObject("account_id", UUID.class)), rs.getTimestamp("created_at").toInstant()))
                .findOne());
    }

    @Override
    public void forget(String responseId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM stored_responses WHERE response_id = :id")
                .bind("id", responseId).execute());
    }
}
