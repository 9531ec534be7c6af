package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies many settlements in one transaction: it locks their users (in id order, so nodes never deadlock), then
 * their capped keys ({@link KeySpendBatch}), works out each charge in queue order from the locked balances and caps
 * (never more than what is left of either), then writes
 * everything, the deletion of each settlement's hold included, in one statement. A settlement whose user is gone fails alone; one with no user (a
 * keyless call) charges nothing and only writes its record and tokens.
 */
final class SettlementBatch {

    private static final String LOCK = "SELECT u.id, u.balance FROM users u WHERE u.id = ANY(?::uuid[]) ORDER BY u.id FOR NO KEY UPDATE OF u";
    /** As LOCK, and this transaction (only) commits without waiting for the disk: one round trip, not a SET LOCAL and then the lock. */
    private static final String LOCK_ASYNC = "WITH async AS (SELECT set_config('synchronous_commit', 'off', true))"
            + " SELECT u.id, u.balance FROM async, users u WHERE u.id = ANY(?::uuid[]) ORDER BY u.id FOR NO KEY UPDATE OF u";
    /** For a batch with no balance to lock: only keyless calls' records. */
    private static final String ASYNC_COMMIT = "SET LOCAL synchronous_commit = off";

    private final Connection connection;
    private final Map<UUID, Points> balances = new TreeMap<>();
    private final Map<UUID, Points> charges = new TreeMap<>();
    private final SettlementWrites writes;
    private KeySpendBatch keySpend;

    private SettlementBatch(Connection connection) {
        this.connection = connection;
        this.writes = new SettlementWrites();
    }

    /**
     * Runs inside the caller's transaction; completes no futures. Returns, per settlement, its
     * {@link Settlement.Charged} (versions counting up from {@code firstVersion}) or the exception it failed with.
     */
    static List<Object> apply(Connection connection, List<Settlement> settlements, long firstVersion, boolean asyncCommit)
            throws SQLException {
        return new SettlementBatch(connection).apply(settlements, firstVersion, asyncCommit);
    }

    private List<Object> apply(List<Settlement> settlements, long firstVersion, boolean asyncCommit) throws SQLException {
        settlements.forEach(s -> s.record().user().ifPresent(user -> balances.put(user.value(), null)));
        if (!balances.isEmpty()) {
            lockUsers(asyncCommit);
        } else if (asyncCommit) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(ASYNC_COMMIT);
            }
        }
        List<Settlement> budgeted = settlements.stream().filter(s -> s.budget().isPresent()).toList();
        keySpend = budgeted.isEmpty() ? null : KeySpendBatch.lock(connection,
                budgeted.stream().map(s -> s.budget().orElseThrow()).toList(),
                budgeted.stream().map(s -> s.record().at()).min(Instant::compareTo).orElseThrow());
        List<Object> outcomes = new ArrayList<>();
        for (int i = 0; i < settlements.size(); i++) {
            UsageRecord record = settlements.get(i).record();
            if (record.user().isEmpty()) {
                settlements.get(i).release(writes, Points.ZERO);
                outcomes.add(unbilled(record, firstVersion + i));
                continue;
            }
            Points before = balances.get(record.user().get().value());
            if (before == null) {
                settlements.get(i).release(writes, Points.ZERO);
                outcomes.add(new IllegalStateException("no such user: " + record.user().get()));
            } else {
                outcomes.add(charge(record, settlements.get(i), before, firstVersion + i));
            }
        }
        charges.forEach(writes::balance);
        writes.send(connection);
        if (keySpend != null) {
            keySpend.send(connection);
        }
        return outcomes;
    }

    // Plain JDBC on the hot path: a JDBI statement costs more CPU than this whole query.
    private void lockUsers(boolean asyncCommit) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(asyncCommit ? LOCK_ASYNC : LOCK)) {
            lock.setArray(1, connection.createArrayOf("text", balances.keySet().stream().map(UUID::toString).toArray()));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    balances.put(rows.getObject("id", UUID.class), Points.exactly(rows.getBigDecimal("balance")));
                }
            }
        }
    }

    private Settlement.Charged unbilled(UsageRecord record, long version) {
        writes.unbilled(record);
        return new Settlement.Charged(Points.ZERO, Points.ZERO, version);
    }

    private Settlement.Charged charge(UsageRecord record, Settlement settlement, Points before, long version) {
        Optional<BudgetedKey> budget = settlement.budget();
        long hold = settlement.hold().orElse(-1);
        UUID user = record.user().orElseThrow().value();
        Points affordable = record.cost().compareTo(before) > 0 ? before : record.cost();
        Points charged = budget.flatMap(key -> keySpend.left(key, hold)).filter(left -> left.compareTo(affordable) < 0).orElse(affordable);
        budget.ifPresent(key -> keySpend.add(key, hold, charged));
        Points after = before.minus(charged);
        balances.put(user, after);
        charges.merge(user, charged, Points::plus);
        settlement.release(writes, charged);
        writes.billed(record, charged, after);
        return new Settlement.Charged(charged, after, version);
    }
}
