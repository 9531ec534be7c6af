package io.tollgate.adapter.persistence.billing;

import io.tollgate.adapter.persistence.database.Columns;
import io.tollgate.domain.billing.ChargeResult;
import io.tollgate.domain.billing.ConsumptionRequest;
import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Applies many ShareAuth charges in one transaction: it locks their users (in id order, so nodes never deadlock),
 * decides each charge in queue order against the locked balance as it goes down (a charge the rest does not cover
 * is refused alone, never its neighbours), writes each consumption with its ledger entry, then moves each user's
 * balance once, by the batch's sum, with the same never-below-zero condition as a single charge.
 */
final class ConsumptionBatch {

    private record Key(UUID user, String key) {}

    private final Handle handle;
    private final ConsumptionsSql sql;
    private final LedgerSql ledger;
    private final Map<UUID, Points> balances = new TreeMap<>();
    private final Map<UUID, Points> totals = new TreeMap<>();
    private final Map<Key, ConsumptionRow> charged = new HashMap<>();

    private ConsumptionBatch(Handle handle) {
        this.handle = handle;
        this.sql = handle.attach(ConsumptionsSql.class);
        this.ledger = handle.attach(LedgerSql.class);
    }

    /** Runs inside the caller's transaction; one result per request, in order. */
    static List<ChargeResult> apply(Handle handle, List<ConsumptionRequest> requests) {
        return new ConsumptionBatch(handle).apply(requests);
    }

    private List<ChargeResult> apply(List<ConsumptionRequest> requests) {
        requests.forEach(request -> balances.put(request.user().value(), null));
        lockUsers();
        List<ChargeResult> results = new ArrayList<>(requests.size());
        for (ConsumptionRequest request : requests) {
            results.add(decide(request));
        }
        totals.forEach(this::debit);
        return results;
    }

    private void lockUsers() {
        handle.createQuery("SELECT id, balance FROM users WHERE id = ANY(:ids) ORDER BY id FOR NO KEY UPDATE")
                .bindArray("ids", UUID.class, balances.keySet())
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), Points.exactly(rs.getBigDecimal("balance"))))
                .forEach(locked -> balances.put(locked.getKey(), locked.getValue()));
    }

    private ChargeResult decide(ConsumptionRequest request) {
        UUID user = request.user().value();
        Points balance = balances.get(user);
        if (balance == null) {
            return new ChargeResult.NoSuchUser();
        }
        Optional<Key> key = request.idempotencyKey().map(k -> new Key(user, k));
        Optional<ConsumptionRow> earlier = key.flatMap(k -> Optional.ofNullable(charged.get(k))
                .or(() -> sql.byKey(user, k.key())));
        if (earlier.isPresent()) {
            return new ChargeResult.AlreadyCharged(earlier.get().toConsumption());
        }
        Points charge = request.charge();
        if (balance.isLessThan(charge)) {
            return new ChargeResult.Unpaid(sql.insertUnpaid(user, request.workflowName(),
                    request.basePoints().toBigDecimal(), request.multiplier().value(), charge.toBigDecimal(),
                    balance.toBigDecimal(), request.at()).toAttempt());
        }
        Points after = balance.minus(charge);
        ConsumptionRow row = sql.insert(user, request.workflowName(), request.basePoints().toBigDecimal(),
                        request.multiplier().value(), charge.toBigDecimal(), after.toBigDecimal(),
                        request.idempotencyKey().orElse(null), request.chatId().orElse(null), request.at())
                // Every writer of a user's consumptions holds the user's row, which this batch holds now.
                .orElseThrow(() -> new IllegalStateException("a consumption key was taken while its user was locked"));
        key.ifPresent(k -> charged.put(k, row));
        balances.put(user, after);
        totals.merge(user, charge, Points::plus);
        ledger.record(user, Columns.name(LedgerEntryKind.CONSUMPTION), charge.negate().toBigDecimal(),
                after.toBigDecimal(), "consumption: " + request.workflowName(), JdbiConsumptions.ACTOR, request.at());
        return new ChargeResult.Charged(row.toConsumption());
    }

    private void debit(UUID user, Points total) {
        if (!total.isPositive()) {
            return;
        }
        BigDecimal after = ledger.addToBalance(user, total.negate().toBigDecimal())
                .orElseThrow(() -> new IllegalStateException("covered charges were refused"));
        if (!Points.exactly(after).equals(balances.get(user))) {
            throw new IllegalStateException("the balance moved while its row was locked");
        }
    }
}
