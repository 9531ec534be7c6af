package io.tollgate.adapter.persistence.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code account_token_usage} for one quota day. */
record TokenUsageRow(UUID accountId, long tokens) {

    static TokenUsageRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new TokenUsageRow(rs.getObject("account_id", UUID.class), rs.getLong("tokens"));
    }
}
