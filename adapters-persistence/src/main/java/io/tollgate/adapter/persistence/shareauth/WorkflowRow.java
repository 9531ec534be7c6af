package io.tollgate.adapter.persistence.shareauth;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code workflows}. */
record WorkflowRow(UUID id, String name, String noLoginUrl, BigDecimal pointMultiplier) {

    static final String COLUMNS = "id, name, no_login_url, point_multiplier";

    static WorkflowRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new WorkflowRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("no_login_url"),
                rs.getBigDecimal("point_multiplier"));
    }

    Workflow toWorkflow() {
        return new Workflow(new WorkflowId(id), name, Optional.ofNullable(noLoginUrl), new Multiplier(pointMultiplier));
    }
}
