package io.tollgate.adapter.persistence.billing;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code consumptions}. */
record ConsumptionRow(UUID id, UUID userId, String workflowName, BigDecimal basePoints, BigDecimal multiplier,
                      BigDecimal charge, BigDecimal balanceAfter, String idempotencyKey, String chatId,
                      Instant createdAt) {

    static final String COLUMNS = "id, user_id, workflow_name, base_points, multiplier, charge, balance_after,"
            + " idempotency_key, chat_id, created_at";

    static ConsumptionRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new ConsumptionRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("workflow_name"), rs.getBigDecimal("base_points"), rs.getBigDecimal("multiplier"),
                rs.getBigDecimal("charge"), rs.getBigDecimal("balance_after"), rs.getString("idempotency_key"),
                rs.getString("chat_id"), instant(rs, "created_at"));
    }

    Consumption toConsumption() {
        return new Consumption(id.toString(), new UserId(userId), workflowName, Points.exactly(basePoints),
                new Multiplier(multiplier), Points.exactly(charge), Points.exactly(balanceAfter), idempotencyKey,
                chatId, createdAt);
    }
}
