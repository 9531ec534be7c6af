package io.tollgate.adapter.http.admin;

import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.KeyRequests;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.adapter.http.support.KeyBudgetRequests;
import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import io.tollgate.domain.identity.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /admin/api/keys}: issue (the secret is shown once), list, change spend caps, revoke. */
public final class AdminKeyRoutes {

    private final ManageApiKeys manageApiKeys;
    private final IssueApiKey issueApiKey;
    private final ManageKeyBudgets budgets;

    public AdminKeyRoutes(ManageApiKeys manageApiKeys, IssueApiKey issueApiKey, ManageKeyBudgets budgets) {
        this.manageApiKeys = manageApiKeys;
        this.issueApiKey = issueApiKey;
        this.budgets = budgets;
    }

    private Map<String, Object> view(ApiKey key) {
        return KeyBudgetRequests.keys(List.of(key), budgets).get(0);
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/api/keys", this::issue);
        routes.get("/admin/api/keys", ctx -> {
            Optional<UserId> user = Optional.ofNullable(ctx.queryParam("userId")).filter(s -> !s.isBlank())
                    .map(s -> UserId.parse(s).orElseThrow(() -> new AdminRequest.Invalid("'userId' is not a user id")));
            ctx.json(Views.list(KeyBudgetRequests.keys(manageApiKeys.list(user, AdminRequest.page(ctx)), budgets)));
        });
        routes.patch("/admin/api/keys/{id}", ctx -> {
            ApiKeyId id = ApiKeyId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not a key id"));
            if (budgets.change(id, KeyBudgetRequests.changes(AdminRequest.body(ctx)), Actors.ADMIN_API)) {
                ctx.json(Map.of("id", id.toString(), "budgets", KeyBudgetRequests.view(budgets.spend(id))));
            } else {
                ApiError.notFound(ctx, "key");
            }
        });
        routes.delete("/admin/api/keys/{id}", ctx -> {
            ApiKeyId id = ApiKeyId.parse(ctx.pathParam("id")).orElseThrow(() -> new AdminRequest.Invalid("'id' is not a key id"));
            if (manageApiKeys.revoke(id, Actors.ADMIN_API)) {
                ctx.status(204);
            } else {
                ApiError.notFound(ctx, "key");
            }
        });
    }

    private void issue(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        UserId user = UserId.parse(AdminRequest.requiredText(body, "userId"))
                .orElseThrow(() -> new AdminRequest.Invalid("'userId' is not a user id"));
        IssueApiKey.Command command = KeyRequests.command(body, user, Optional.empty());
        Map<BudgetPeriod, Optional<Points>> caps = KeyBudgetRequests.changes(body);
        IssueApiKey.Outcome outcome = AdminRequest.valid("key", () -> issueApiKey.issue(command, Actors.ADMIN_API));
        if (outcome instanceof IssueApiKey.Outcome.Issued issued) {
            budgets.change(issued.key().id(), caps, Actors.ADMIN_API);
        }
        KeyRequests.reply(ctx, outcome, why -> why, this::view);
    }
}
