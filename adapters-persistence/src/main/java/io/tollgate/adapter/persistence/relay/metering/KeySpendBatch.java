package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The capped keys of one settlement batch: locked after the users (in id order, as holds lock them), their caps, spend
 * and holds read once, each charge clipped to what the caps leave once the key's other calls in flight have what they
 * hold (so only a call whose hold was cut short is charged less than its price), and the spend written by one
 * conditional update that refuses to pass a cap (which rolls the batch back), in the batch's transaction.
 */
final class KeySpendBatch {

    private static final String LOCK = "SELECT id, budget_day, budget_week, budget_month, budget_total FROM api_keys"
            + " WHERE id = ANY(?::uuid[]) ORDER BY id FOR NO KEY UPDATE";
    // Touching an existing counter returns it too: one round trip makes sure every counter exists and reads it.
    private static final String COUNTERS = "INSERT INTO key_spend (key_id, period, period_start)"
            + " SELECT * FROM unnest(?::uuid[], ?::text[], ?::date[])"
            + " ON CONFLICT (key_id, period, period_start) DO UPDATE SET spent = key_spend.spent"
            + " RETURNING key_id, period, period_start, spent";
    private static final String ADD = "UPDATE key_spend s SET spent = s.spent + c.amount"
            + " FROM unnest(?::uuid[], ?::text[], ?::date[], ?::numeric[], ?::numeric[]) AS c(key_id, period, period_start, amount, cap)"
            + " WHERE s.key_id = c.key_id AND s.period = c.period AND s.period_start = c.period_start"
            + " AND (c.cap IS NULL OR s.spent + c.amount <= c.cap)";

    private static final String HELD = "SELECT id, key_id, key_amount FROM balance_holds"
            + " WHERE key_id = ANY(?::uuid[]) AND expires_at > ?::timestamptz";

    private record Counter(UUID key, String period, LocalDate start) {}

    private final Map<UUID, Map<BudgetPeriod, Points>> caps = new TreeMap<>();
    private final Map<Counter, Points> spent = new LinkedHashMap<>();
    private final Map<Counter, Points> added = new LinkedHashMap<>();
    private final Map<UUID, Points> held = new TreeMap<>();
    private final Map<Long, Points> holds = new TreeMap<>();

    private KeySpendBatch() {}

    /**
     * Locks the batch's keys that still exist and reads their caps, their spend in the periods of each call and their
     * holds unexpired at {@code now} (the settlements' clock, as holds are taken on it).
     */
    static KeySpendBatch lock(Connection connection, Collection<BudgetedKey> keys, Instant now) throws SQLException {
        KeySpendBatch batch = new KeySpendBatch();
        keys.forEach(key -> batch.caps.put(key.key().value(), null));
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setArray(1, connection.createArrayOf("text", batch.caps.keySet().stream().map(UUID::toString).toArray()));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    Map<BudgetPeriod, Points> found = new EnumMap<>(BudgetPeriod.class);
                    for (BudgetPeriod period : BudgetPeriod.values()) {
                        BigDecimal cap = rows.getBigDecimal("budget_" + period.wireName());
                        if (cap != null) {
                            found.put(period, Points.exactly(cap));
                        }
                    }
                    batch.caps.put(rows.getObject("id", UUID.class), found);
                }
            }
        }
        batch.caps.values().removeIf(java.util.Objects::isNull);
        keys.stream().filter(key -> batch.caps.containsKey(key.key().value())).forEach(key -> batch.counters(key)
                .forEach(counter -> batch.spent.put(counter, Points.ZERO)));
        if (!batch.spent.isEmpty()) {
            batch.readCounters(connection);
            batch.readHolds(connection, now);
        }
        return batch;
    }

    private void readCounters(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(COUNTERS)) {
            read.setArray(1, connection.createArrayOf("text", spent.keySet().stream().map(c -> c.key().toString()).toArray()));
            read.setArray(2, connection.createArrayOf("text", spent.keySet().stream().map(Counter::period).toArray()));
            read.setArray(3, connection.createArrayOf("text", spent.keySet().stream().map(c -> c.start().toString()).toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    spent.put(new Counter(rows.getObject("key_id", UUID.class), rows.getString("period"),
                            rows.getObject("period_start", LocalDate.class)), Points.exactly(rows.getBigDecimal("spent")));
                }
            }
        }
    }

    private void readHolds(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(HELD)) {
            read.setArray(1, connection.createArrayOf("text", caps.keySet().stream().map(UUID::toString).toArray()));
            read.setString(2, now.toString());
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Points amount = Points.exactly(rows.getBigDecimal("key_amount"));
                    holds.put(rows.getLong("id"), amount);
                    held.merge(rows.getObject("key_id", UUID.class), amount, Points::plus);
                }
            }
        }
    }

    /**
     * The most the key may be charged now for the call holding {@code hold}: its tightest cap minus its spend and
     * minus what its other calls in flight hold (never below zero); none when uncapped.
     */
    Optional<Points> left(BudgetedKey key, long hold) {
        Map<BudgetPeriod, Points> keyCaps = caps.get(key.key().value());
        if (keyCaps == null) {
            return Optional.empty();
        }
        Points others = held.getOrDefault(key.key().value(), Points.ZERO).minus(holds.getOrDefault(hold, Points.ZERO));
        return keyCaps.entrySet().stream()
                .map(cap -> cap.getValue().minus(spent.get(counter(key, cap.getKey()))).minus(others))
                .map(left -> left.isNegative() ? Points.ZERO : left)
                .min(Points::compareTo);
    }

    /** Counts {@code charged} in every period of the key (a key gone since its hold counts nothing); its hold ends. */
    void add(BudgetedKey key, long hold, Points charged) {
        Points ended = holds.remove(hold);
        if (ended != null) {
            held.merge(key.key().value(), ended.negate(), Points::plus);
        }
        if (caps.containsKey(key.key().value()) && charged.isPositive()) {
            counters(key).forEach(counter -> {
                spent.merge(counter, charged, Points::plus);
                added.merge(counter, charged, Points::plus);
            });
        }
    }

    /** Writes the spend; throws when a counter would pass its cap, which rolls the batch back. */
    void send(Connection connection) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        List<Counter> counters = new ArrayList<>(added.keySet());
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setArray(1, connection.createArrayOf("text", counters.stream().map(c -> c.key().toString()).toArray()));
            add.setArray(2, connection.createArrayOf("text", counters.stream().map(Counter::period).toArray()));
            add.setArray(3, connection.createArrayOf("text", counters.stream().map(c -> c.start().toString()).toArray()));
            add.setArray(4, connection.createArrayOf("text", counters.stream().map(c -> added.get(c).toBigDecimal().toPlainString()).toArray()));
            add.setArray(5, connection.createArrayOf("text", counters.stream().map(c -> Optional.ofNullable(caps.get(c.key())
                    .get(BudgetPeriod.fromWire(c.period()).orElseThrow())).map(p -> p.toBigDecimal().toPlainString()).orElse(null)).toArray()));
            if (add.executeUpdate() != counters.size()) {
                throw new IllegalStateException("a key's spend would have passed its cap");
            }
        }
    }

    private static List<Counter> counters(BudgetedKey key) {
        return java.util.Arrays.stream(BudgetPeriod.values()).map(period -> counter(key, period)).toList();
    }

    private static Counter counter(BudgetedKey key, BudgetPeriod period) {
        return new Counter(key.key().value(), period.wireName(), key.windows().start(period));
    }
}
