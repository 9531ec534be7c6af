package io.tollgate.adapter.persistence.relay.metering;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A settlement batch in one round trip: every call charged its full cost, which its hold already covered, in one
 * autocommitted statement. Empty when that cannot be: a capped key's call is in the batch (its cap is worked out
 * under lock), or a balance no longer covers its charge (the statement then wrote nothing). Either way the caller
 * settles the batch again with {@link SettlementBatch}.
 */
final class SettlementAtOnce {

    private SettlementAtOnce() {}

    /** Per settlement, its {@link Settlement.Charged} (versions counting up from {@code firstVersion}); empty as above. */
    static Optional<List<Object>> apply(Connection connection, List<Settlement> settlements, long firstVersion, boolean asyncCommit)
            throws SQLException {
        if (settlements.stream().anyMatch(s -> s.budget().isPresent())) {
            return Optional.empty();
        }
        // What each user's later calls in the batch charge: a call's balance after is the user's new balance plus that.
        Points[] later = new Points[settlements.size()];
        Map<UUID, Points> totals = new HashMap<>();
        for (int i = settlements.size() - 1; i >= 0; i--) {
            UsageRecord record = settlements.get(i).record();
            if (record.user().isPresent()) {
                UUID user = record.user().get().value();
                later[i] = totals.getOrDefault(user, Points.ZERO);
                totals.merge(user, record.cost(), Points::plus);
            }
        }
        SettlementWrites writes = new SettlementWrites();
        totals.forEach(writes::balance);
        for (int i = 0; i < settlements.size(); i++) {
            UsageRecord record = settlements.get(i).record();
            settlements.get(i).release(writes, record.user().isPresent() ? record.cost() : Points.ZERO);
            if (record.user().isPresent()) {
                writes.billed(record, record.cost(), later[i]);
            } else {
                writes.unbilled(record);
            }
        }
        return writes.sendAtOnce(connection, asyncCommit).map(balances -> outcomes(settlements, later, balances, firstVersion));
    }

    private static List<Object> outcomes(List<Settlement> settlements, Points[] later, Map<UUID, Points> balances, long firstVersion) {
        List<Object> outcomes = new ArrayList<>(settlements.size());
        for (int i = 0; i < settlements.size(); i++) {
            UsageRecord record = settlements.get(i).record();
            outcomes.add(record.user().isEmpty() ? new Settlement.Charged(Points.ZERO, Points.ZERO, firstVersion + i)
                    : new Settlement.Charged(record.cost(), balances.get(record.user().get().value()).plus(later[i]), firstVersion + i));
        }
        return outcomes;
    }
}
