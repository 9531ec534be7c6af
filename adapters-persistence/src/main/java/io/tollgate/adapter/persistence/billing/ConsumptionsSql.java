package io.tollgate.adapter.persistence.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The statements behind {@link JdbiConsumptions}. */
interface ConsumptionsSql {

    @SqlQuery("SELECT " + ConsumptionRow.COLUMNS + " FROM consumptions"
            + " WHERE user_id = :user AND idempotency_key = :idempotencyKey")
    Optional<ConsumptionRow> byKey(UUID user, String idempotencyKey);

    /** Empty when a consumption with the same user and idempotency key exists. */
    @SqlQuery("INSERT INTO consumptions (user_id, workflow_name, base_points, multiplier, charge, balance_after,"
            + " idempotency_key, chat_id, created_at) VALUES (:user, :workflowName, :basePoints, :multiplier, :charge,"
            + " :balanceAfter, :idempotencyKey, :chatId, :at)"
            + " ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING " + ConsumptionRow.COLUMNS)
    Optional<ConsumptionRow> insert(UUID user, String workflowName, BigDecimal basePoints, BigDecimal multiplier,
                                    BigDecimal charge, BigDecimal balanceAfter, String idempotencyKey, String chatId,
                                    Instant at);

    @SqlQuery("INSERT INTO unpaid_attempts (user_id, workflow_name, base_points, multiplier, charge, balance,"
            + " created_at) VALUES (:user, :workflowName, :basePoints, :multiplier, :charge, :balance, :at)"
            + " RETURNING " + UnpaidAttemptRow.COLUMNS)
    UnpaidAttemptRow insertUnpaid(UUID user, String workflowName, BigDecimal basePoints, BigDecimal multiplier,
                                  BigDecimal charge, BigDecimal balance, Instant at);

    /** The where clause is one of a few fixed texts chosen by {@link JdbiConsumptions}, never user input. */
    @AllowUnusedBindings
    @SqlQuery("SELECT " + ConsumptionRow.COLUMNS + " FROM consumptions <where>"
            + " ORDER BY created_at DESC, seq DESC LIMIT :limit OFFSET :offset")
    List<ConsumptionRow> list(@Define String where, UUID user, String workflowName, int offset, int limit);

    @SqlQuery("SELECT " + UnpaidAttemptRow.COLUMNS + " FROM unpaid_attempts ORDER BY id DESC"
            + " LIMIT :limit OFFSET :offset")
    List<UnpaidAttemptRow> unpaid(int offset, int limit);
}
