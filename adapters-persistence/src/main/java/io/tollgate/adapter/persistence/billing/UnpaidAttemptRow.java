package io.tollgate.adapter.persistence.billing;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.domain.billing.UnpaidAttempt;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code unpaid_attempts}. */
record UnpaidAttemptRow(long id, UUID userId, String workflowName, BigDecimal basePoints, BigDecimal multiplier,
                        BigDecimal charge, BigDecimal balance, Instant createdAt) {

    static final String COLUMNS = "id, user_id, workflow_name, base_points, multiplier, charge, balance, created_at";

    static UnpaidAttemptRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new UnpaidAttemptRow(rs.getLong("id"), rs.getObject("user_id", UUID.class),
                rs.getString("workflow_name"), rs.getBigDecimal("base_points"), rs.getBigDecimal("multiplier"),
                rs.getBigDecimal("charge"), rs.getBigDecimal("balance"), instant(rs, "created_at"));
    }

    UnpaidAttempt toAttempt() {
        return new UnpaidAttempt(id, new UserId(userId), workflowName, Points.exactly(basePoints),
                new Multiplier(multiplier), Points.exactly(charge), Points.exactly(balance), createdAt);
    }
}
