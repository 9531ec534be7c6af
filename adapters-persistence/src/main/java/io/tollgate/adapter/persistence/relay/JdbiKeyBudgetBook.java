package io.tollgate.adapter.persistence.relay;

import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.KeyBudgetBook;
import io.tollgate.domain.relay.budget.KeyBudgets;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Caps as columns of {@code api_keys}; spend from {@code key_spend}, written by the settlements. */
final class JdbiKeyBudgetBook implements KeyBudgetBook {

    private final Jdbi jdbi;

    JdbiKeyBudgetBook(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<KeyBudgets> budgets(ApiKeyId key) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT budget_day, budget_week, budget_month, budget_total FROM api_keys WHERE id = :id")
                .bind("id", key.value())
                .map((rows, context) -> {
                    Map<BudgetPeriod, Points> caps = new EnumMap<>(BudgetPeriod.class);
                    for (BudgetPeriod period : BudgetPeriod.values()) {
                        BigDecimal cap = rows.getBigDecimal("budget_" + period.wireName());
                        if (cap != null) {
                            caps.put(period, Points.exactly(cap));
                        }
                    }
                    return new KeyBudgets(caps);
                }).findOne());
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
    public Map<BudgetPeriod, Points> spent(ApiKeyId key, BudgetWindows windows) {
        Map<BudgetPeriod, Points> spent = new EnumMap<>(BudgetPeriod.class);
        for (BudgetPeriod period : BudgetPeriod.values()) {
            spent.put(period, Points.ZERO);
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT period, spent FROM key_spend WHERE key_id = :id AND ("
                        + "(period = 'day' AND period_start = :day) OR (period = 'week' AND period_start = :week)"
                        + " OR (period = 'month' AND period_start = :month) OR period = 'total')")
                .bind("id", key.value()).bind("day", windows.day()).bind("week", windows.week()).bind("month", windows.month())
                .map((rows, context) -> Map.entry(BudgetPeriod.fromWire(rows.getString("period")).orElseThrow(),
                        Points.exactly(rows.getBigDecimal("spent"))))
                .forEach(entry -> spent.put(entry.getKey(), entry.getValue())));
        return spent;
    }
}
