package io.tollgate.adapter.persistence.relay;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The writes of one settlement batch, sent as one statement whatever the batch's size: each column travels as
 * one text array, so a batch costs one round trip to the database, not one per table or per row.
 */
final class SettlementWrites {

    private static final String WRITE = "WITH charged AS ("
            + "  UPDATE users u SET balance = u.balance - c.charge FROM unnest(?::uuid[], ?::numeric[]) AS c(id, charge)"
            + "  WHERE u.id = c.id AND u.balance >= c.charge RETURNING u.id),"
            + " usage AS (INSERT INTO usage_records (" + UsageRecordRow.COLUMNS + ", attempts)"
            + "  SELECT * FROM unnest(?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::bigint[], ?::bigint[],"
            + "  ?::boolean[], ?::numeric[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::date[], ?::text[], ?::bigint[],"
            + "  ?::bigint[], ?::bigint[], ?::text[])),"
            + " ledger AS (INSERT INTO ledger_entries (user_id, kind, amount, balance_after, reason, actor, created_at)"
            + "  SELECT * FROM unnest(?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::text[], ?::text[], ?::timestamptz[])),"
            + " tokens AS (INSERT INTO account_token_usage (account_id, quota_day, tokens)"
            + "  SELECT * FROM unnest(?::uuid[], ?::date[], ?::bigint[])"
            + "  ON CONFLICT (account_id, quota_day) DO UPDATE SET tokens = account_token_usage.tokens + EXCLUDED.tokens),"
            + " released AS (DELETE FROM balance_holds WHERE id = ANY(?::bigint[]))"
            + " SELECT count(*) FROM charged";

    private final List<List<String>> balances = columns(2);
    private final List<List<String>> usage = columns(19);
    private final List<List<String>> ledger = columns(7);
    private final List<List<String>> tokens = columns(3);
    private final List<List<String>> holds = columns(1);

    /** One user's total charge in this batch; each user once. */
    void balance(UUID user, Points charge) {
        add(balances, user, charge.toBigDecimal());
    }

    void usage(UsageRecord record, Points charged) {
        add(usage, record.requestId(), record.key().map(k -> k.value()).orElse(null), record.user().map(u -> u.value()).orElse(null),
                record.account().map(a -> a.value()).orElse(null), record.model(), record.usage().promptTokens(),
                record.usage().completionTokens(), record.usage().estimated(), charged.toBigDecimal(), record.latencyMillis(),
                Columns.name(record.status()), record.errorClass().map(Columns::name).orElse(null),
                record.at(), record.quotaDay(), record.kind().wireName(), record.units(), record.usage().cachedReadTokens(),
                record.usage().cacheWriteTokens(), Columns.attempts(record.attempts()));
    }

    void ledger(UUID user, String kind, Points amount, Points balanceAfter, String reason, String actor, Instant at) {
        add(ledger, user, kind, amount.toBigDecimal(), balanceAfter.toBigDecimal(), reason, actor, at);
    }

    /** Tokens an account spent on a quota day; each (account, day) once. */
    void tokens(UUID account, LocalDate day, long count) {
        add(tokens, account, day, count);
    }

    /** The hold a settled call took: it no longer counts against the balance once the charge is written. */
    void release(long hold) {
        add(holds, hold);
    }

    /** Sends every write; throws when a balance no longer covered its charge, which rolls the batch back. */
    void send(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
            int index = 1;
            for (List<List<String>> table : List.of(balances, usage, ledger, tokens, holds)) {
                for (List<String> column : table) {
                    statement.setArray(index++, connection.createArrayOf("text", column.toArray()));
                }
            }
            try (ResultSet charged = statement.executeQuery()) {
                if (!charged.next() || charged.getLong(1) != balances.getFirst().size()) {
                    throw new IllegalStateException("a locked balance did not cover its worked-out charge");
                }
            }
        }
    }

    private static List<List<String>> columns(int count) {
        List<List<String>> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>());
        }
        return columns;
    }

    private static void add(List<List<String>> columns, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            columns.get(i).add(value == null ? null : value instanceof BigDecimal exact ? exact.toPlainString() : value.toString());
        }
    }
}
