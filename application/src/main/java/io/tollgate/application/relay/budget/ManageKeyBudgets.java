package io.tollgate.application.relay.budget;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.ApiKeys;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.KeyBudgetBook;
import io.tollgate.domain.relay.budget.KeyBudgets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Sets keys' spend caps (audited) and shows what each capped key spent against them in the current periods. */
public final class ManageKeyBudgets {

    /** A cap, what was spent against it in the current period, and when that period ends (never for the total). */
    public record Spend(Points cap, Points spent, Optional<Instant> resetsAt) {}

    private final KeyBudgetBook book;
    private final ApiKeys keys;
    private final AuditTrail audit;
    private final ZoneId zone;
    private final Clock clock;

    /** {@code zone} is the quota zone, whose calendar the periods follow. */
    public ManageKeyBudgets(KeyBudgetBook book, ApiKeys keys, AuditTrail audit, ZoneId zone, Clock clock) {
        this.book = book;
        this.keys = keys;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /** Each capped period's spend; empty for a key without caps (or no such key). */
    public Map<BudgetPeriod, Spend> spend(ApiKeyId key) {
        return spend(List.of(key)).getOrDefault(key, Map.of());
    }

    /** {@link #spend(ApiKeyId)} of a page of keys in two reads, whatever its length; keys without caps are left out. */
    public Map<ApiKeyId, Map<BudgetPeriod, Spend>> spend(List<ApiKeyId> keys) {
        Map<ApiKeyId, KeyBudgets> capped = book.capped(keys);
        if (capped.isEmpty()) {
            return Map.of();
        }
        BudgetWindows windows = BudgetWindows.of(clock.instant(), zone);
        Map<ApiKeyId, Map<BudgetPeriod, Points>> spent = book.spent(capped.keySet(), windows);
        Map<ApiKeyId, Map<BudgetPeriod, Spend>> views = new HashMap<>();
        capped.forEach((key, budgets) -> {
            Map<BudgetPeriod, Spend> view = new EnumMap<>(BudgetPeriod.class);
            budgets.caps().forEach((period, cap) -> view.put(period, new Spend(cap, spent.get(key).get(period), windows.resetsAt(period))));
            views.put(key, view);
        });
        return views;
    }

    /** Sets (a present value) or removes (an empty one) the named caps; false when there is no such key. */
    public boolean change(ApiKeyId key, Map<BudgetPeriod, Optional<Points>> changes, String actor) {
        Optional<KeyBudgets> current = book.budgets(key);
        if (current.isEmpty()) {
            return false;
        }
        if (changes.isEmpty()) {
            return true;
        }
        if (!book.setBudgets(key, current.get().with(changes))) {
            return false;
        }
        audit.record(actor, "change-key-budgets", key + " " + changes.entrySet().stream()
                .map(change -> change.getKey().wireName() + "=" + change.getValue().map(Points::toString).orElse("none"))
                .collect(Collectors.joining(" ")));
        return true;
    }

    /** As {@link #change}, only for the user's own key: false for another user's key, as for a missing one. */
    public boolean changeOwn(UserId owner, ApiKeyId key, Map<BudgetPeriod, Optional<Points>> changes, String actor) {
        // A user has few keys: reading them all is cheaper than another port method.
        boolean owns = keys.list(Optional.of(owner), 0, Integer.MAX_VALUE).stream().anyMatch(k -> k.id().equals(key));
        return owns && change(key, changes, actor);
    }

    /**
     * Why a key asking for a new key with these caps may not make it: the new key must be capped at least as tightly
     * in every period the asking key is capped in, else it could spend past its creator's caps. Empty when it may.
     */
    public Optional<String> widening(ApiKeyId creator, Map<BudgetPeriod, Optional<Points>> asked) {
        return book.budgets(creator).orElse(KeyBudgets.NONE).caps().entrySet().stream()
                .filter(cap -> asked.getOrDefault(cap.getKey(), Optional.empty()).map(a -> a.compareTo(cap.getValue()) > 0).orElse(true))
                .map(cap -> "a " + cap.getKey().adjective() + " budget of at most " + cap.getValue() + " points")
                .findFirst();
    }

    /** Whether the key has any cap: a capped key may not change caps, its own or others'. */
    public boolean capped(ApiKeyId key) {
        return book.budgets(key).map(KeyBudgets::any).orElse(false);
    }
}
