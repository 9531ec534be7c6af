package io.tollgate.adapter.persistence.billing;

import static io.tollgate.adapter.persistence.database.Columns.instant;

import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code ledger_entries}. */
record LedgerEntryRow(long id, UUID userId, String kind, BigDecimal amount, BigDecimal balanceAfter,
                      String reason, String actor, Instant createdAt) {

    static final String COLUMNS = "id, user_id, kind, amount, balance_after, reason, actor, created_at";

    static LedgerEntryRow map(ResultSet rs, StatementContext context) throws SQLException {
        return new LedgerEntryRow(rs.getLong("id"), rs.getObject("user_id", UUID.class), rs.getString("kind"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("balance_after"), rs.getString("reason"),
                rs.getString("actor"), instant(rs, "created_at"));
    }

    LedgerEntry toEntry() {
        return new LedgerEntry(id, new UserId(userId), LedgerEntryKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                Points.exactly(amount), Points.exactly(balanceAfter), reason, actor, createdAt);
    }
}
