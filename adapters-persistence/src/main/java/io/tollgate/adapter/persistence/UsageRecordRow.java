package io.tollgate.adapter.persistence;

import static io.tollgate.adapter.persistence.Columns.instant;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and names the columns of {@code usage_records}. */
final class UsageRecordRow {

    static final String COLUMNS = "request_id, key_id, user_id, account_id, model, prompt_tokens, completion_tokens,"
            + " estimated, cost, latency_ms, status, error_class, at, quota_day";

    private UsageRecordRow() {}

    static UsageRecord map(ResultSet rs, StatementContext context) throws SQLException {
        UUID key = rs.getObject("key_id", UUID.class);
        UUID account = rs.getObject("account_id", UUID.class);
        String errorClass = rs.getString("error_class");
        return new UsageRecord(rs.getString("request_id"), Optional.ofNullable(key).map(ApiKeyId::new),
                new UserId(rs.getObject("user_id", UUID.class)), Optional.ofNullable(account).map(AccountId::new),
                rs.getString("model"), new Usage(rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"),
                        rs.getBoolean("estimated")), Points.exactly(rs.getBigDecimal("cost")),
                rs.getLong("latency_ms"), UsageRecord.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(errorClass).map(c -> FailureClass.valueOf(c.toUpperCase(Locale.ROOT))),
                instant(rs, "at"), rs.getObject("quota_day", LocalDate.class));
    }

    static String statusName(UsageRecord.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static String errorClassName(FailureClass failure) {
        return failure.name().toLowerCase(Locale.ROOT);
    }
}
