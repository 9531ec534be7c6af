package io.tollgate.adapter.persistence.relay.metering;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code usage_records}; its cost is what was actually charged, and it has no user when nobody was. */
record UsageRecordRow(String requestId, UUID keyId, UUID userId, UUID accountId, String model, long promptTokens,
                      long completionTokens, boolean estimated, BigDecimal cost, long latencyMs, String status,
                      String errorClass, Instant at, LocalDate quotaDay, String kind, long units, long cachedTokens,
                      long cacheWriteTokens) {

    static final String COLUMNS = "request_id, key_id, user_id, account_id, model, prompt_tokens, completion_tokens,"
            + " estimated, cost, latency_ms, status, error_class, at, quota_day, kind, units, cached_tokens, cache_write_tokens";

    static UsageRecordRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new UsageRecordRow(rs.getString("request_id"), rs.getObject("key_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("model"),
                rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"), rs.getBoolean("estimated"),
                rs.getBigDecimal("cost"), rs.getLong("latency_ms"), rs.getString("status"),
                rs.getString("error_class"), instant(rs, "at"), rs.getObject("quota_day", LocalDate.class),
                rs.getString("kind"), rs.getLong("units"), rs.getLong("cached_tokens"), rs.getLong("cache_write_tokens"));
    }

    /** A chat row's units are its total tokens: rows written before kinds existed hold no units of their own. */
    UsageRecord toRecord() {
        ModelKind modelKind = ModelKind.fromWireName(kind)
                .orElseThrow(() -> new IllegalStateException("unknown model kind in the database: " + kind));
        return new UsageRecord(requestId, Optional.ofNullable(keyId).map(ApiKeyId::new), Optional.ofNullable(userId).map(UserId::new),
                Optional.ofNullable(accountId).map(AccountId::new), model,
                new Usage(promptTokens, completionTokens, cachedTokens, cacheWriteTokens, estimated), Points.exactly(cost), latencyMs,
                UsageRecord.Status.valueOf(status.toUpperCase(Locale.ROOT)),
                Optional.ofNullable(errorClass).map(c -> FailureClass.valueOf(c.toUpperCase(Locale.ROOT))), at,
                quotaDay, modelKind, modelKind == ModelKind.CHAT ? promptTokens + completionTokens : units);
    }
}
