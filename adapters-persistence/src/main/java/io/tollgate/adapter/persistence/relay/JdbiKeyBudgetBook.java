package io.tollgate.adapter.persistence.relay;

import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.KeyBudgetBook;
import io.tollgate.domain.relay.budget.KeyBudgets;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Caps as columns of {@code api_keys}; spend from {@code key_spend}, written by the settlements. */
final class JdbiKeyBudgetBook implements KeyBudgetBook {

    private static final String CAPS = "budget_day, budget_week, budget_month, budget_total";

    private final Jdbi jdbi;

    JdbiKeyBudgetBook(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<KeyBudgets> budgets(ApiKeyId key) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + CAPS + " FROM api_keys WHERE id = :id")
                .bind("id", key.value())
                .map((rows, context) -> caps(rows)).findOne());
    }

    @Override
    public Map<ApiKeyId, KeyBudgets> capped(Collection<ApiKeyId> keys) {
        Map<ApiKeyId, KeyBudgets> capped = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT id, " + CAPS + " FROM api_keys WHERE id = ANY(:ids)"
                        + " AND num_nonnulls(budget_day, budget_week, budget_month, budget_total) > 0")
                .bind("ids", ids(keys))
                .map((rows, context) -> Map.entry(new ApiKeyId(rows.getObject("id", UUID.class)), caps(rows)))
                .forEach(entry -> capped.put(entry.getKey(), entry.getValue())));
        return capped;
    }

    private static KeyBudgets caps(ResultSet rows) throws SQLException {
        Map<BudgetPeriod, Points> caps = new EnumMap<>(BudgetPeriod.class);
        for (BudgetPeriod period : BudgetPeriod.values()) {
            BigDecimal cap = rows.getBigDecimal("budget_" + period.wireName());
            if (cap != null) {
                caps.put(period, Points.exactly(cap));
            }
        }
        return new KeyBudgets(caps);
    }

    private static UUID[] ids(Collection<ApiKeyId> keys) {
        return keys.stream().map(ApiKeyId::value).toArray(UUID[]::new);
    }

    @Override
    public boolean setBudgets(ApiKeyId key, KeyBudgets budgets) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE api_keys SET budget_day = :day, budget_week = :week,"
                        + " budget_month = :month, budget_total = :total WHERE id = :id")
                .bind("id", key.value())
                .bind("day", cap(budgets, BudgetPeriod.DAY)).bind("week", cap(budgets, BudgetPeriod.WEEK))
                .bind("month", cap(budgets, BudgetPeriod.MONTH)).bind("total", cap(budgets, BudgetPeriod.TOTAL))
                .execute()) == 1;
    }

    private static BigDecimal cap(KeyBudgets budgets, BudgetPeriod period) {
        return budgets.cap(period).map(Points::toBigDecimal).orElse(null);
    }

    @Override
    public Map<ApiKeyId, Map<BudgetPeriod, Points>> spent(Collection<ApiKeyId> keys, BudgetWindows windows) {
        Map<ApiKeyId, Map<BudgetPeriod, Points>> spent = new HashMap<>();
        for (ApiKeyId key : keys) {
            Map<BudgetPeriod, Points> periods = new EnumMap<>(BudgetPeriod.class);
            for (BudgetPeriod period : BudgetPeriod.values()) {
                periods.put(period, Points.ZERO);
            }
            spent.put(key, periods);
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT key_id, period, spent FROM key_spend WHERE key_id = ANY(:ids) AND ("
                        + "(period = 'day' AND period_start = :day) OR (period = 'week' AND period_start = :week)"
                        + " OR (period = 'month' AND period_start = :month) OR period = 'total')")
                .bind("ids", ids(keys)).bind("day", windows.day()).bind("week", windows.week()).bind("month", windows.month())
                .map((rows, context) -> new Spent(new ApiKeyId(rows.getObject("key_id", UUID.class)),
                        BudgetPeriod.fromWire(rows.getString("period")).orElseThrow(), Points.exactly(rows.getBigDecimal("spent"))))
                .forEach(row -> spent.get(row.key()).put(row.period(), row.amount())));
        return spent;
    }

    private record Spent(ApiKeyId key, BudgetPeriod period, Points amount) {}
}
