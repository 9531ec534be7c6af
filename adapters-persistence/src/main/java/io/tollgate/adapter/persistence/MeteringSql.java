package io.tollgate.adapter.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The single statements behind {@link JdbiMetering}; settlements are batched by {@link SettlementBatch}. */
interface MeteringSql {

    @SqlQuery("SELECT balance FROM users WHERE id = :user")
    Optional<BigDecimal> balance(UUID user);

    @SqlQuery("SELECT " + UsageRecordRow.COLUMNS + " FROM usage_records WHERE user_id = :user"
            + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<UsageRecordRow> usage(UUID user, int offset, int limit);
}
