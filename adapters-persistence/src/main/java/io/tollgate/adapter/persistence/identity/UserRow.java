package io.tollgate.adapter.persistence.identity;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.UserStatus;
import io.tollgate.domain.identity.Username;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code users} without the password hash. */
record UserRow(UUID id, String username, BigDecimal balance, String status, BigDecimal groupRatio, Instant createdAt) {

    static final String COLUMNS = "id, username, balance, status, group_ratio, created_at";

    static UserRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new UserRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getBigDecimal("balance"),
                rs.getString("status"), rs.getBigDecimal("group_ratio"), instant(rs, "created_at"));
    }

    User toUser() {
        UserStatus userStatus = UserStatus.fromWireName(status)
                .orElseThrow(() -> new IllegalStateException("unknown user status in the database: " + status));
        return new User(new UserId(id), new Username(username), Points.exactly(balance), userStatus,
                new Multiplier(groupRatio), createdAt);
    }
}
