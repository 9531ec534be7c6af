package io.tollgate.adapter.persistence;

import io.tollgate.domain.billing.LedgerEntryKind;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Applies many settlements in one transaction: it locks their reservations and users (in id order, so nodes
 * never deadlock), works out each charge in queue order from the locked balances, then writes everything in a
 * few batched statements. A settlement that cannot apply (its reservation is gone) fails alone.
 */
final class SettlementBatch {

    private record Hold(UUID user, BigDecimal amount) {}

    private record TokenKey(UUID account, LocalDate day) {}

    private final Handle handle;
    private final Map<UUID, Points> balances = new TreeMap<>();
    private final Map<UUID, Points> charges = new TreeMap<>();
    private final Map<UUID, BigDecimal> released = new TreeMap<>();
    private final Map<TokenKey, Long> tokens = new TreeMap<>(
            Comparator.comparing(TokenKey::account).thenComparing(TokenKey::day));
    private final SettlementWrites writes;

    private SettlementBatch(Handle handle) {
        this.handle = handle;
        this.writes = new SettlementWrites(handle);
    }

    /** Runs inside the caller's transaction; completes no futures, returns each settlement's charge or failure. */
    static List<Object> apply(Handle handle, List<Settlement> settlements) {
        return new SettlementBatch(handle).apply(settlements);
    }

    private List<Object> apply(List<Settlement> settlements) {
        Map<Long, Hold> holds = lockReservations(settlements);
        List<Object> outcomes = new ArrayList<>();
        List<Long> settled = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Settlement settlement : settlements) {
            long id = settlement.reservation().value();
            Hold hold = holds.get(id);
            if (hold == null || !seen.add(id)) {
                outcomes.add(new IllegalStateException("no such reservation: " + id));
            } else if (!hold.user().equals(settlement.record().user().value())) {
                outcomes.add(new IllegalArgumentException("reservation " + id + " holds another user's balance"));
            } else {
                settled.add(id);
                balances.put(hold.user(), null);
                outcomes.add(settlement);
            }
        }
        lockUsers();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Settlement settlement) {
                outcomes.set(i, charge(settlement, holds.get(settlement.reservation().value())));
            }
        }
        writes.deleteReservations(settled);
        writes.updateBalances(charges, released);
        writes.flush();
        tokens.forEach((key, count) -> writes.tokens(key.account(), key.day(), count));
        writes.flushTokens();
        return outcomes;
    }

    private Map<Long, Hold> lockReservations(List<Settlement> settlements) {
        List<Long> ids = settlements.stream().map(s -> s.reservation().value()).distinct().sorted().toList();
        Map<Long, Hold> holds = new HashMap<>();
        handle.createQuery("SELECT id, user_id, amount FROM reservations WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
                .bindArray("ids", Long.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"),
                        new Hold(rs.getObject("user_id", UUID.class), rs.getBigDecimal("amount"))))
                .forEach(e -> holds.put(e.getKey(), e.getValue()));
        return holds;
    }

    private void lockUsers() {
        if (balances.isEmpty()) {
            return;
        }
        handle.createQuery("SELECT id, balance FROM users WHERE id = ANY(:ids) ORDER BY id FOR NO KEY UPDATE")
                .bindArray("ids", UUID.class, new ArrayList<>(balances.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), Points.exactly(rs.getBigDecimal("balance"))))
                .forEach(e -> balances.put(e.getKey(), e.getValue()));
    }

    private Points charge(Settlement settlement, Hold hold) {
        UsageRecord record = settlement.record();
        UUID user = hold.user();
        Points before = balances.get(user);
        Points charged = record.cost().compareTo(before) > 0 ? before : record.cost();
        Points after = before.minus(charged);
        balances.put(user, after);
        charges.merge(user, charged, Points::plus);
        released.merge(user, hold.amount(), BigDecimal::add);
        writes.usage(record, charged);
        if (charged.isPositive()) {
            writes.ledger(user, LedgerEntryRow.kindName(LedgerEntryKind.USAGE), charged.negate(), after,
                    "relay " + record.model() + " " + record.requestId(), JdbiMetering.ACTOR, record.at());
        }
        record.account().ifPresent(account -> tokens.merge(new TokenKey(account.value(), record.quotaDay()),
                record.usage().totalTokens(), Long::sum));
        return charged;
    }
}
