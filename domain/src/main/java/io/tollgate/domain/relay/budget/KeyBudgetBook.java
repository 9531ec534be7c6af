package io.tollgate.domain.relay.budget;

import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import java.util.Map;
import java.util.Optional;

/** Keys' spend caps, and what each capped key spent per period (counted by the settlements that charge its calls). */
public interface KeyBudgetBook {

    /** The key's caps; empty when there is no such key. */
    Optional<KeyBudgets> budgets(ApiKeyId key);

    /** Replaces the key's caps; false when there is no such key. */
    boolean setBudgets(ApiKeyId key, KeyBudgets budgets);

    /** What the key spent in each period starting on the windows' days; zero where nothing was counted. */
    Map<BudgetPeriod, Points> spent(ApiKeyId key, BudgetWindows windows);
}
