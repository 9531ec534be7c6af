package io.tollgate.adapter.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single statements behind {@link JdbiMetering}; settlements are batched by {@link SettlementBatch}. */
interface MeteringSql {

    @SqlUpdate("SET LOCAL synchronous_commit = off")
    void withoutWaitingForDisk();

    /** Holds the estimate only while the balance minus all holds covers it; empty when it does not. */
    @SqlQuery("WITH held AS (UPDATE users SET reserved = reserved + :estimate"
            + " WHERE id = :user AND balance - reserved >= :estimate RETURNING id)"
            + " INSERT INTO reservations (user_id, amount, created_at) SELECT id, :estimate, :at FROM held"
            + " RETURNING id")
    Optional<Long> reserve(UUID user, BigDecimal estimate, Instant at);

    @SqlQuery("SELECT greatest(balance - reserved, 0) FROM users WHERE id = :user")
    Optional<BigDecimal> available(UUID user);

    @SqlQuery("SELECT " + UsageRecordRow.COLUMNS + " FROM usage_records WHERE user_id = :user"
            + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<UsageRecordRow> usage(UUID user, int offset, int limit);
}
