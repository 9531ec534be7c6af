package io.tollgate.domain.relay.budget;

import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Keys' spend caps, and what each capped key spent per period (counted by the settlements that charge its calls). */
public interface KeyBudgetBook {

    /** The key's caps; empty when there is no such key. */
    Optional<KeyBudgets> budgets(ApiKeyId key);

    /** Replaces the key's caps; false when there is no such key. */
    boolean setBudgets(ApiKeyId key, KeyBudgets budgets);

    /** The caps of those of these keys that have any, read at once for a page of keys. */
    Map<ApiKeyId, KeyBudgets> capped(Collection<ApiKeyId> keys);

    /** What each key spent in each period starting on the windows' days; zero where nothing was counted. */
    Map<ApiKeyId, Map<BudgetPeriod, Points>> spent(Collection<ApiKeyId> keys, BudgetWindows windows);
}
