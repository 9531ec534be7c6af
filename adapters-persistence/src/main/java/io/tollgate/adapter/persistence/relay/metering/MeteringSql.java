package io.tollgate.adapter.persistence.relay.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The metering's single statements; holds are taken by {@link BalanceHolds}, settlements batched by
 * {@link SettlementBatch}.
 */
interface MeteringSql {

    @SqlQuery("SELECT coalesce(sum(amount), 0) FROM balance_holds WHERE user_id = :user")
    BigDecimal held(UUID user);

    @SqlUpdate("DELETE FROM balance_holds WHERE id = :hold")
    void release(long hold);

    @SqlUpdate("DELETE FROM balance_holds WHERE id IN (<holds>)")
    void releaseAll(@BindList("holds") List<Long> holds);

    @SqlUpdate("DELETE FROM balance_holds WHERE expires_at <= :now")
    int forgetLapsedHolds(Instant now);

    @SqlQuery("SELECT " + UsageRecordRow.COLUMNS + " FROM usage_records WHERE user_id = :user"
            + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<UsageRecordRow> usage(UUID user, int offset, int limit);
}
