package io.tollgate.adapter.persistence.billing;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.billing.BalanceChange;
import io.tollgate.domain.billing.Ledger;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The ledger in PostgreSQL: each balance change commits together with its entry, or not at all. */
final class JdbiLedger implements Ledger {

    private final Jdbi jdbi;

    JdbiLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public BalanceChange change(UserId user, Points amount, LedgerEntryKind kind, String reason, String actor,
                                Instant at) {
        return jdbi.inTransaction(handle -> {
            LedgerSql sql = handle.attach(LedgerSql.class);
            Optional<BigDecimal> after = sql.addToBalance(user.value(), amount.toBigDecimal());
            if (after.isEmpty()) {
                return sql.balance(user.value())
                        .<BalanceChange>map(balance -> new BalanceChange.WouldOverdraw(Points.exactly(balance)))
                        .orElseGet(BalanceChange.NoSuchUser::new);
            }
            sql.record(user.value(), Columns.name(kind), amount.toBigDecimal(), after.get(), reason, actor,
                    at);
            return new BalanceChange.Changed(Points.exactly(after.get()));
        });
    }

    @Override
    public List<LedgerEntry> history(UserId user, int offset, int limit) {
        return jdbi.withExtension(LedgerSql.class,
                sql -> sql.history(user.value(), Math.max(0, offset), Math.max(0, limit)))
                .stream().map(LedgerEntryRow::toEntry).toList();
    }
}
