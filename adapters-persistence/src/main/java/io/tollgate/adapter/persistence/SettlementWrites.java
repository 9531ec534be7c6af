package io.tollgate.adapter.persistence;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The writes of one settlement batch, each kind sent as one JDBC batch. */
final class SettlementWrites {

    private static final String USAGE = "INSERT INTO usage_records (" + UsageRecordRow.COLUMNS + ") VALUES"
            + " (:requestId, :key, :user, :account, :model, :prompt, :completion, :estimated, :cost, :latency,"
            + " :status, :errorClass, :at, :quotaDay)";
    private static final String LEDGER = "INSERT INTO ledger_entries (user_id, kind, amount, balance_after, reason,"
            + " actor, created_at) VALUES (:user, :kind, :amount, :balanceAfter, :reason, :actor, :at)";
    // The rows are locked and the charges worked out from them, so the condition only guards against a bug.
    private static final String BALANCE = "UPDATE users SET balance = balance - :charge WHERE id = :user AND balance >= :charge";
    private static final String TOKENS = "INSERT INTO account_token_usage (account_id, quota_day, tokens)"
            + " VALUES (:account, :day, :tokens) ON CONFLICT (account_id, quota_day)"
            + " DO UPDATE SET tokens = account_token_usage.tokens + :tokens";

    private final Handle handle;
    private final PreparedBatch usage;
    private final PreparedBatch ledger;
    private final PreparedBatch tokens;

    SettlementWrites(Handle handle) {
        this.handle = handle;
        this.usage = handle.prepareBatch(USAGE);
        this.ledger = handle.prepareBatch(LEDGER);
        this.tokens = handle.prepareBatch(TOKENS);
    }

    /** Charges per user, in user id order; the map is sorted. */
    void updateBalances(Map<UUID, Points> charges) {
        if (charges.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(BALANCE);
        charges.forEach((user, charge) -> batch.bind("user", user).bind("charge", charge.toBigDecimal()).add());
        for (int count : batch.execute()) {
            if (count != 1) {
                throw new IllegalStateException("a locked balance did not cover its worked-out charge");
            }
        }
    }

    void usage(UsageRecord record, Points charged) {
        usage.bind("requestId", record.requestId())
                .bindByType("key", record.key().map(k -> k.value()).orElse(null), UUID.class)
                .bind("user", record.user().value())
                .bindByType("account", record.account().map(a -> a.value()).orElse(null), UUID.class)
                .bind("model", record.model())
                .bind("prompt", record.usage().promptTokens())
                .bind("completion", record.usage().completionTokens())
                .bind("estimated", record.usage().estimated())
                .bind("cost", charged.toBigDecimal())
                .bind("latency", record.latencyMillis())
                .bind("status", UsageRecordRow.statusName(record.status()))
                .bindByType("errorClass", record.errorClass().map(UsageRecordRow::errorClassName).orElse(null),
                        String.class)
                .bind("at", record.at())
                .bind("quotaDay", record.quotaDay())
                .add();
    }

    void ledger(UUID user, String kind, Points amount, Points balanceAfter, String reason, String actor, Instant at) {
        ledger.bind("user", user).bind("kind", kind).bind("amount", amount.toBigDecimal())
                .bind("balanceAfter", balanceAfter.toBigDecimal()).bind("reason", reason).bind("actor", actor)
                .bind("at", at).add();
    }

    void tokens(UUID account, LocalDate day, long count) {
        tokens.bind("account", account).bind("day", day).bind("tokens", count).add();
    }

    /** Sends the usage records, then the ledger entries, so both keep the queue's order. */
    void flush() {
        if (usage.size() > 0) {
            usage.execute();
        }
        if (ledger.size() > 0) {
            ledger.execute();
        }
    }

    void flushTokens() {
        if (tokens.size() > 0) {
            tokens.execute();
        }
    }
}
