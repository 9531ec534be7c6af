package io.tollgate.console.admin.accounts;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.application.relay.usage.UsageDashboard;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.form.FormFields;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.AccountLimits;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The accounts list, adding a system-pool account, testing one account or all of a model's, checking, and batch status. */
public final class ChannelRoutes implements PageGroup {

    private final ManageAccounts accounts;
    private final CheckAccount checkAccount;
    private final AccountList list;

    public ChannelRoutes(ManageAccounts accounts, CheckAccount checkAccount, UsageDashboard dashboard, OwnAccounts accountViews,
                         ListUsers users) {
        this.accounts = accounts;
        this.checkAccount = checkAccount;
        this.list = new AccountList(accounts, dashboard, accountViews, users);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/accounts", ctx -> list.render(ctx, "", Map.of()));
        routes.get("/console/accounts/new", ctx -> form(ctx, 200, Map.of("daily_quota", "0", "weight", "1"), ""));
        routes.post("/console/accounts/new", this::add);
        routes.post("/console/accounts/{id}/test", ctx -> withAccount(ctx, account -> {
            Map<AccountId, CheckAccount.Timed> tested = new LinkedHashMap<>();
            checkAccount.test(account.id(), Web.actor(ctx)).ifPresent(timed -> tested.put(account.id(), timed));
            list.render(ctx, "", tested);
        }));
        routes.post("/console/accounts/test-model", this::testModel);
        routes.post("/console/accounts/batch", this::batch);
        routes.post("/console/accounts/{id}/check", ctx -> withAccount(ctx, account -> {
            CheckAccount.Result result = checkAccount.checkAny(account.id(), Web.actor(ctx))
                    .orElse(new CheckAccount.Result(CheckAccount.Verdict.UNREACHABLE, "the account has no stored credential"));
            var t = Web.chrome(ctx, "title.accounts", "accounts").t();
            list.render(ctx, t.format("accounts.checked", account.name(),
                    t.get("accounts.verdict." + result.verdict().name().toLowerCase(Locale.ROOT)), result.detail()), Map.of());
        }));
    }

    private void add(Context ctx) {
        try {
            Platform platform = AccountForm.platform(ctx);
            String credential = AccountLimits.credential(platform, ctx.formParam("credential"));
            if (credential.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("'credential' contains the NUL character, which cannot be stored");
            }
            accounts.add(id -> AccountForm.added(ctx, platform, id), credential, Web.actor(ctx));
            ctx.redirect("/console/accounts?done=account-added", HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException | ArithmeticException refused) {
            form(ctx, 400, AccountForm.submitted(ctx), refused.getMessage());
        }
    }

    private void testModel(Context ctx) {
        String model;
        try {
            model = FormFields.required(ctx, "model");
        } catch (IllegalArgumentException refused) {
            Web.refuse(ctx, 400, "invalid_request", refused.getMessage());
            return;
        }
        List<ProviderAccount> serving = accounts.list().stream().filter(a -> a.inSystemPool() && a.serves(model)).toList();
        if (serving.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No account of the system pool serves the model " + model + ".");
            return;
        }
        Map<AccountId, CheckAccount.Timed> tested = new LinkedHashMap<>();
        serving.forEach(account -> checkAccount.test(account.id(), Web.actor(ctx)).ifPresent(timed -> tested.put(account.id(), timed)));
        list.render(ctx, "", tested);
    }

    /** Enables or disables every ticked account; one unreadable id refuses the whole batch before anything changes. */
    private void batch(Context ctx) {
        AccountHealth health;
        List<AccountId> ids;
        try {
            health = switch (FormFields.required(ctx, "status")) {
                case "enabled" -> AccountHealth.ENABLED;
                case "disabled" -> AccountHealth.disabledByAdmin("disabled by an admin");
                default -> throw new IllegalArgumentException("'status' is 'enabled' or 'disabled'");
            };
            ids = ctx.formParams("ids").stream().map(id -> AccountId.parse(id)
                    .orElseThrow(() -> new IllegalArgumentException("'ids' holds something that is not an account id"))).distinct().toList();
            if (ids.isEmpty() || ids.size() > 500) {
                throw new IllegalArgumentException("tick 1 to 500 accounts");
            }
        } catch (IllegalArgumentException refused) {
            Web.refuse(ctx, 400, "invalid_request", refused.getMessage());
            return;
        }
        ids.forEach(id -> accounts.edit(id, stored -> stored.withHealth(health), Optional.empty(), Web.actor(ctx)));
        ctx.redirect("/console/accounts?done=account-status", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, int status, Map<String, String> values, String error) {
        ctx.status(status);
        Web.render(ctx, "account-form.jte", new AccountFormPage(Web.chrome(ctx, "title.account-new", "accounts"),
                Optional.empty(), "", values, error));
    }

    private void withAccount(Context ctx, java.util.function.Consumer<ProviderAccount> then) {
        Optional<ProviderAccount> account = AccountId.parse(ctx.pathParam("id")).flatMap(accounts::byId);
        if (account.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such account.");
            return;
        }
        then.accept(account.get());
    }
}
