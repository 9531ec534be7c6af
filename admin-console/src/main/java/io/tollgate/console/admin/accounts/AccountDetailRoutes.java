package io.tollgate.console.admin.accounts;

import io.tollgate.domain.account.AccountLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One provider account: edit its name, daily quota and weight (audited), and page through its calls. */
public final class AccountDetailRoutes implements PageGroup {

    private final ManageAccounts accounts;

    public AccountDetailRoutes(ManageAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/accounts/{id}/edit", ctx -> withAccount(ctx, account -> Web.render(ctx, "account-edit.jte",
                new AccountEditPage(Web.chrome(ctx, "title.account-edit", "accounts", account.name()), account))));
        routes.post("/console/accounts/{id}/edit", Forms.safe(ctx -> withAccount(ctx, account -> edit(ctx, account))));
        routes.get("/console/accounts/{id}/usage", ctx -> withAccount(ctx, account -> usage(ctx, account)));
    }

    private void edit(Context ctx, ProviderAccount account) {
        String name = Forms.required(ctx, "name");
        long quota = AccountLimits.quota(Forms.required(ctx, "daily_quota"));
        int weight = AccountLimits.weight(Forms.required(ctx, "weight"));
        Optional<ProviderAccount> edited = accounts.edit(account.id(), stored -> new ProviderAccount(stored.id(),
                stored.platform(), name, stored.baseUrl(), stored.models(), quota, weight, stored.health(), stored.options(),
                stored.owner()), Optional.empty(), Web.actor(ctx));
        if (edited.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such account.");
            return;
        }
        ctx.redirect("/console/accounts?done=account-saved", HttpStatus.SEE_OTHER);
    }

    private void usage(Context ctx, ProviderAccount account) {
        Page page = Web.page(ctx);
        List<AccountCall> calls = accounts.usage(account.id(), page.offset(), page.limit()).orElse(List.of());
        Web.render(ctx, "account-usage.jte", new AccountUsagePage(Web.chrome(ctx, "title.account-usage", "accounts", account.name()),
                account, Paging.trim(calls, Paging.DEFAULT_LIMIT),
                new Paging(page.offset(), Paging.DEFAULT_LIMIT, calls.size() > Paging.DEFAULT_LIMIT, "")));
    }

    private void withAccount(Context ctx, Consumer<ProviderAccount> then) {
        Optional<ProviderAccount> account = AccountId.parse(ctx.pathParam("id")).flatMap(accounts::byId);
        if (account.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such account.");
            return;
        }
        then.accept(account.get());
    }
}
