package io.tollgate.adapter.http.portal;

import io.tollgate.application.audit.Actors;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tollgate.adapter.http.support.AdminRequest;
import io.tollgate.adapter.http.support.ApiError;
import io.tollgate.adapter.http.support.ClientIp;
import io.tollgate.adapter.http.support.KeyRequests;
import io.tollgate.adapter.http.support.PortalAuth;
import io.tollgate.adapter.http.support.Views;
import io.tollgate.application.identity.Caller;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.identity.MyPreferences;
import io.tollgate.application.support.Page;
import io.tollgate.application.identity.signin.SignIn;
import io.tollgate.adapter.http.support.KeyBudgetRequests;
import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.budget.BudgetPeriod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The signed-in user's own API: sign-in, their profile and preferences, and their API keys. */
public final class PortalRoutes {

    private final ManageApiKeys manageApiKeys;
    private final SignIn signIn;
    private final MyPreferences preferences;
    private final IssueApiKey issueApiKey;
    private final Set<String> trustedProxies;
    private final OwnKeyBudgets budgets;

    public PortalRoutes(ManageApiKeys manageApiKeys, SignIn signIn, MyPreferences preferences,
                        IssueApiKey issueApiKey, Set<String> trustedProxies, ManageKeyBudgets budgets) {
        this.budgets = new OwnKeyBudgets(budgets);
        this.manageApiKeys = manageApiKeys;
        this.signIn = signIn;
        this.preferences = preferences;
        this.issueApiKey = issueApiKey;
        this.trustedProxies = trustedProxies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login);
        routes.get("/api/v1/me", ctx -> ctx.json(me(PortalAuth.of(ctx))));
        routes.patch("/api/v1/me", this::changePreferences);
        routes.get("/api/v1/keys", ctx -> ctx.json(Views.list(budgets.views(manageApiKeys
                .list(Optional.of(PortalAuth.of(ctx).user().id()), new Page(0, Page.MAX_LIMIT))))));
        routes.post("/api/v1/keys", this::issueKey);
        routes.patch("/api/v1/keys/{id}", budgets::change);
        routes.delete("/api/v1/keys/{id}", ctx -> {
            Optional<ApiKeyId> id = ApiKeyId.parse(ctx.pathParam("id"));
            if (id.isPresent() && manageApiKeys.revokeOwn(PortalAuth.of(ctx).user().id(), id.get(), Actors.user(PortalAuth.of(ctx).user().username()))) {
                ctx.status(204);
            } else {
                ApiError.notFound(ctx, "key");
            }
        });
    }

    private void login(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        String username = AdminRequest.optionalText(body, "username").orElse("");
        String password = AdminRequest.optionalText(body, "password").orElse("");
        switch (signIn.signIn(username, password, ClientIp.of(ctx, trustedProxies))) {
            case SignIn.Outcome.SignedIn signedIn -> {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("token", signedIn.token());
                view.put("token_type", "Bearer");
                view.put("user", Views.user(signedIn.user()));
                ctx.json(view);
            }
            case SignIn.Outcome.BadCredentials bad ->
                    ApiError.reply(ctx, 401, "bad_credentials", "wrong username or password, or the user is disabled");
            case SignIn.Outcome.Throttled throttled -> {
                ctx.header("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                ApiError.reply(ctx, 429, "too_many_attempts", "too many failed sign-ins for this name from here; try again later");
            }
        }
    }

    private Map<String, Object> me(Caller caller) {
        Map<String, Object> view = Views.user(caller.user());
        view.put("points_fallback", preferences.pointsFallback(caller.user().id()));
        return view;
    }

    private void changePreferences(Context ctx) {
        Caller caller = PortalAuth.of(ctx);
        JsonNode fallback = AdminRequest.body(ctx).get("points_fallback");
        if (fallback == null || !fallback.isBoolean()) {
            throw new AdminRequest.Invalid("'points_fallback' is true or false");
        }
        preferences.allowPointsFallback(caller.user().id(), fallback.asBoolean());
        ctx.json(me(caller));
    }

    private void issueKey(Context ctx) {
        JsonNode body = AdminRequest.body(ctx);
        Caller caller = PortalAuth.of(ctx);
        IssueApiKey.Command command = KeyRequests.command(body, caller.user().id(), caller.key());
        Map<BudgetPeriod, Optional<Points>> caps = KeyBudgetRequests.changes(body);
        IssueApiKey.Outcome outcome = budgets.wider(caller, caps).<IssueApiKey.Outcome>map(IssueApiKey.Outcome.WiderThanCreator::new)
                .orElseGet(() -> AdminRequest.valid("key", () -> issueApiKey.issue(command, Actors.user(caller.user().username()))));
        if (outcome instanceof IssueApiKey.Outcome.Issued issued) {
            budgets.set(issued.key(), caps, caller);
        }
        KeyRequests.reply(ctx, outcome, why -> "an API key may create only"
                + " keys no wider than itself (" + why + "); sign in for a session token to create any key", budgets::view);
    }
}
