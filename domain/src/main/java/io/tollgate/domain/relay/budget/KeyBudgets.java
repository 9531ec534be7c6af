package io.tollgate.domain.relay.budget;

import io.tollgate.domain.money.Points;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A key's spend caps in points, per period; a period without a cap is not limited. */
public record KeyBudgets(Map<BudgetPeriod, Points> caps) {

    public static final KeyBudgets NONE = new KeyBudgets(Map.of());

    public KeyBudgets {
        caps.values().forEach(cap -> {
            if (cap.isNegative()) {
                throw new IllegalArgumentException("a budget is 0 points or more");
            }
        });
        caps = caps.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(caps));
    }

    public Optional<Points> cap(BudgetPeriod period) {
        return Optional.ofNullable(caps.get(period));
    }

    public boolean any() {
        return !caps.isEmpty();
    }

    /** These caps changed by {@code changes}: a present value sets the period's cap, an empty one removes it. */
    public KeyBudgets with(Map<BudgetPeriod, Optional<Points>> changes) {
        Map<BudgetPeriod, Points> next = new EnumMap<>(BudgetPeriod.class);
        next.putAll(caps);
        changes.forEach((period, cap) -> cap.ifPresentOrElse(c -> next.put(period, c), () -> next.remove(period)));
        return new KeyBudgets(next);
    }
}
