package io.tollgate.adapter.persistence.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Balances and the ledger entries that explain them; used inside the callers' transactions. */
interface LedgerSql {

    /** The only way a balance changes: nothing happens when it would go below zero. */
    @SqlQuery("UPDATE users SET balance = balance + :amount WHERE id = :user AND balance + :amount >= 0"
            + " RETURNING balance")
    Optional<BigDecimal> addToBalance(UUID user, BigDecimal amount);

    @SqlQuery("SELECT balance FROM users WHERE id = :user")
    Optional<BigDecimal> balance(UUID user);

    /** The balance, with the user's row locked until the transaction ends: charges of one user queue here. */
    @SqlQuery("SELECT balance FROM users WHERE id = :user FOR NO KEY UPDATE")
    Optional<BigDecimal> lockedBalance(UUID user);

    @SqlUpdate("INSERT INTO ledger_entries (user_id, kind, amount, balance_after, reason, actor, created_at)"
            + " VALUES (:user, :kind, :amount, :balanceAfter, :reason, :actor, :at)")
    void record(UUID user, String kind, BigDecimal amount, BigDecimal balanceAfter, String reason, String actor,
                Instant at);

    @SqlQuery("SELECT " + LedgerEntryRow.COLUMNS + " FROM ledger_entries WHERE user_id = :user"
            + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<LedgerEntryRow> history(UUID user, int offset, int limit);
}
