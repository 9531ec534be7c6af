package io.tollgate.adapter.http.portal;

import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.KeyBudgetRequests;
import io.tollgate.adapter.http.support.PortalAuth;
import io.tollgate.application.audit.Actors;
import io.tollgate.application.identity.Caller;
import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's spend caps on their own keys: shown with each key, set when a key is made, changed by
 * {@code PATCH /api/v1/keys/{id}}. A capped key may not change caps (it could lift its own), and makes only keys
 * capped at least as tightly as itself.
 */
final class OwnKeyBudgets {

    private final ManageKeyBudgets budgets;

    OwnKeyBudgets(ManageKeyBudgets budgets) {
        this.budgets = budgets;
    }

    Map<String, Object> view(ApiKey key) {
        return views(List.of(key)).get(0);
    }

    List<Map<String, Object>> views(List<ApiKey> keys) {
        return KeyBudgetRequests.keys(keys, budgets);
    }

    /** Why the caller's key may not make a key with these caps; empty for a session or an uncapped key's caps. */
    Optional<String> wider(Caller caller, Map<BudgetPeriod, Optional<Points>> caps) {
        return caller.key().flatMap(key -> budgets.widening(key.id(), caps));
    }

    void set(ApiKey key, Map<BudgetPeriod, Optional<Points>> caps, Caller caller) {
        budgets.change(key.id(), caps, Actors.user(caller.user().username()));
    }

    void change(Context ctx) {
        Caller caller = PortalAuth.of(ctx);
        Map<BudgetPeriod, Optional<Points>> caps = KeyBudgetRequests.changes(AdminRequest.body(ctx));
        Optional<ApiKeyId> id = ApiKeyId.parse(ctx.pathParam("id"));
        if (caller.key().map(key -> budgets.capped(key.id())).orElse(false)) {
            ApiError.reply(ctx, 403, "budget_change_forbidden",
                    "a key with a budget may not change budgets; sign in for a session token to change them");
        } else if (id.isPresent() && budgets.changeOwn(caller.user().id(), id.get(), caps, Actors.user(caller.user().username()))) {
            ctx.json(Map.of("id", id.get().toString(), "budgets", KeyBudgetRequests.view(budgets.spend(id.get()))));
        } else {
            ApiError.notFound(ctx, "key");
        }
    }
}
