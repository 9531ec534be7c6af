package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The writes of one settlement batch, sent as one statement whatever the batch's size: each column travels as
 * one text array, so a batch costs one round trip to the database, not one per table or per row. {@link #send}
 * writes what a locked batch worked out; {@link #sendAtOnce} is the whole settlement in one autocommitted statement,
 * each call charged its full cost, undone by {@code settlement_guard} when a balance no longer covers it.
 */
final class SettlementWrites {

    /** Who the ledger says charged a relayed call. */
    private static final String ACTOR = "relay";
    /** The SQLSTATE of {@code settlement_guard}: a balance no longer covers the batch's full charges. */
    private static final String NOT_COVERED = "TG001";

    private static final String CHARGED = "UPDATE users u SET balance = u.balance - c.charge FROM unnest(?::uuid[], ?::numeric[]) AS c(id, charge)"
            + "  WHERE u.id = c.id AND u.balance >= c.charge RETURNING u.id, u.balance";
    private static final String USAGE = "INSERT INTO usage_records (" + UsageRecordRow.COLUMNS + ", attempts)"
            + "  SELECT * FROM unnest(?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::bigint[], ?::bigint[],"
            + "  ?::boolean[], ?::numeric[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[], ?::date[], ?::text[], ?::bigint[],"
            + "  ?::bigint[], ?::bigint[], ?::text[])";
    private static final String LEDGER_COLUMNS = "unnest(?::uuid[], ?::text[], ?::numeric[], ?::numeric[], ?::text[], ?::text[],"
            + " ?::timestamptz[]) WITH ORDINALITY AS l(user_id, kind, amount, after, reason, actor, at, ord)";
    private static final String TOKENS_AND_HOLDS = " tokens AS (INSERT INTO account_token_usage (account_id, quota_day, tokens)"
            + "  SELECT * FROM unnest(?::uuid[], ?::date[], ?::bigint[])"
            + "  ON CONFLICT (account_id, quota_day) DO UPDATE SET tokens = account_token_usage.tokens + EXCLUDED.tokens),"
            + " released AS (DELETE FROM balance_holds WHERE id = ANY(?::bigint[])),"
            + " shrunk AS (UPDATE balance_holds h SET amount = greatest(h.amount - s.charged, 0)"
            + "  FROM unnest(?::bigint[], ?::numeric[]) AS s(id, charged) WHERE h.id = s.id)";
    private static final String WRITE = "WITH charged AS (" + CHARGED + "), usage AS (" + USAGE + "),"
            + " ledger AS (INSERT INTO ledger_entries (user_id, kind, amount, balance_after, reason, actor, created_at)"
            + "  SELECT user_id, kind, amount, after, reason, actor, at FROM " + LEDGER_COLUMNS + " ORDER BY ord),"
            + TOKENS_AND_HOLDS + " SELECT count(*) FROM charged";
    /**
     * As WRITE with the ledger's fourth column holding what the user's later entries in the batch charge, so that
     * each entry's balance after is the user's new balance plus that; one row per charged user (id, new balance).
     */
    private static final String AT_ONCE = "WITH mode AS (SELECT CASE WHEN ? THEN set_config('synchronous_commit', 'off', true)"
            + "  ELSE current_setting('synchronous_commit') END), charged AS (" + CHARGED + "), usage AS (" + USAGE + "),"
            + " ledger AS (INSERT INTO ledger_entries (user_id, kind, amount, balance_after, reason, actor, created_at)"
            + "  SELECT l.user_id, l.kind, l.amount, c.balance + l.after, l.reason, l.actor, l.at FROM " + LEDGER_COLUMNS
            + "  JOIN charged c ON c.id = l.user_id ORDER BY l.ord),"
            + TOKENS_AND_HOLDS
            + " SELECT NULL::uuid, NULL::numeric FROM mode WHERE settlement_guard((SELECT count(*) FROM charged) = ?)"
            + " UNION ALL SELECT id, balance FROM charged";

    private record TokenKey(UUID account, LocalDate day) {}

    private final Map<TokenKey, Long> tokenCounts = new TreeMap<>(
            Comparator.comparing(TokenKey::account).thenComparing(TokenKey::day));

    private final List<List<String>> balances = columns(2);
    private final List<List<String>> usage = columns(19);
    private final List<List<String>> ledger = columns(7);
    private final List<List<String>> tokens = columns(3);
    private final List<List<String>> holds = columns(1);
    private final Map<Long, Points> leases = new TreeMap<>();

    /** One user's total charge in this batch; each user once. */
    void balance(UUID user, Points charge) {
        add(balances, user, charge.toBigDecimal());
    }

    /** A billed call: its record, its ledger entry when it charged anything, its tokens. */
    void billed(UsageRecord record, Points charged, Points balanceAfter) {
        usage(record, charged);
        if (charged.isPositive()) {
            add(ledger, record.user().orElseThrow().value(), Columns.name(LedgerEntryKind.USAGE), charged.negate().toBigDecimal(),
                    balanceAfter.toBigDecimal(), "relay " + record.model() + " " + record.requestId(), ACTOR, record.at());
        }
        countTokens(record);
    }

    /** A keyless call: its record and its tokens, no charge. */
    void unbilled(UsageRecord record) {
        usage(record, Points.ZERO);
        countTokens(record);
    }

    private void countTokens(UsageRecord record) {
        record.account().ifPresent(account -> tokenCounts.merge(new TokenKey(account.value(), record.quotaDay()),
                record.usage().totalTokens(), Long::sum));
    }

    private void usage(UsageRecord record, Points charged) {
        add(usage, record.requestId(), record.key().map(k -> k.value()).orElse(null), record.user().map(u -> u.value()).orElse(null),
                record.account().map(a -> a.value()).orElse(null), record.model(), record.usage().promptTokens(),
                record.usage().completionTokens(), record.usage().estimated(), charged.toBigDecimal(), record.latencyMillis(),
                Columns.name(record.status()), record.errorClass().map(Columns::name).orElse(null),
                record.at(), record.quotaDay(), record.kind().wireName(), record.units(), record.usage().cachedReadTokens(),
                record.usage().cacheWriteTokens(), Columns.attempts(record.attempts()));
    }

    /** The hold a settled call took: it no longer counts against the balance once the charge is written. */
    void release(long hold) {
        add(holds, hold);
    }

    /** A call granted from a lease charged {@code charged}: the lease's row covers that much less. */
    void shrink(long lease, Points charged) {
        leases.merge(lease, charged, Points::plus);
    }

    /** Sends every write; throws when a balance no longer covered its charge, which rolls the batch back. */
    void send(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
            setColumns(connection, statement, 1);
            try (ResultSet charged = statement.executeQuery()) {
                if (!charged.next() || charged.getLong(1) != balances.getFirst().size()) {
                    throw new IllegalStateException("a locked balance did not cover its worked-out charge");
                }
            }
        }
    }

    /**
     * Sends the whole settlement as one statement on an autocommitting connection: each user's new balance, or empty
     * when a balance no longer covered its charge and nothing was written.
     */
    Optional<Map<UUID, Points>> sendAtOnce(Connection connection, boolean asyncCommit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(AT_ONCE)) {
            statement.setBoolean(1, asyncCommit);
            int next = setColumns(connection, statement, 2);
            statement.setLong(next, balances.getFirst().size());
            Map<UUID, Points> after = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID user = rows.getObject(1, UUID.class);
                    if (user != null) {
                        after.put(user, Points.exactly(rows.getBigDecimal(2)));
                    }
                }
            }
            return Optional.of(after);
        } catch (SQLException failed) {
            if (NOT_COVERED.equals(failed.getSQLState())) {
                return Optional.empty();
            }
            throw failed;
        }
    }

    private int setColumns(Connection connection, PreparedStatement statement, int first) throws SQLException {
        tokenCounts.forEach((key, count) -> add(tokens, key.account(), key.day(), count));
        List<List<String>> shrinks = columns(2);
        // A lease whose last call is in the batch is deleted: updating the same row too would make either one win.
        holds.getFirst().forEach(released -> leases.remove(Long.valueOf(released)));
        leases.forEach((lease, charged) -> add(shrinks, lease, charged.toBigDecimal()));
        int index = first;
        for (List<List<String>> table : List.of(balances, usage, ledger, tokens, holds, shrinks)) {
            for (List<String> column : table) {
                statement.setArray(index++, connection.createArrayOf("text", column.toArray()));
            }
        }
        return index;
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
