package io.tollgate.console.admin.accounts;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** One provider account: edit it (a user's own: name, quota and weight only; audited), and page through its calls. */
public final class AccountDetailRoutes implements PageGroup {

    private final ManageAccounts accounts;
    private final ListUsers users;

    public AccountDetailRoutes(ManageAccounts accounts, ListUsers users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/accounts/{id}/edit", ctx -> withAccount(ctx, account ->
                form(ctx, 200, account, AccountForm.valuesOf(account), "")));
        routes.post("/console/accounts/{id}/edit", ctx -> withAccount(ctx, account -> edit(ctx, account)));
        routes.get("/console/accounts/{id}/usage", ctx -> withAccount(ctx, account -> usage(ctx, account)));
    }

    private void edit(Context ctx, ProviderAccount account) {
        Optional<ProviderAccount> edited;
        try {
            ProviderAccount changed = AccountForm.edited(ctx, account);
            edited = accounts.edit(account.id(), stored -> changed, AccountForm.newCredential(ctx, account), Web.actor(ctx));
        } catch (IllegalArgumentException | ArithmeticException refused) {
            form(ctx, 400, account, AccountForm.submitted(ctx), refused.getMessage());
            return;
        }
        if (edited.isEmpty()) {
            Web.refuse(ctx, 404, "not_found", "No such account.");
            return;
        }
        ctx.redirect("/console/accounts?done=account-saved", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, int status, ProviderAccount account, Map<String, String> values, String error) {
        String owner = account.owner().flatMap(users::byId).map(user -> user.username().value()).orElse("");
        ctx.status(status);
        Web.render(ctx, "account-form.jte", new AccountFormPage(Web.chrome(ctx, "title.account-edit", "accounts", account.name()),
                Optional.of(account), owner, values, error));
    }

    private void usage(Context ctx, ProviderAccount account) {
        Page page = Web.page(ctx);
        List<AccountCall> calls = accounts.usage(account.id(), page.offset(), page.limit()).orElse(List.of());
        List<AccountCall> shown = Paging.trim(calls, Paging.DEFAULT_LIMIT);
        Web.render(ctx, "account-usage.jte", new AccountUsagePage(Web.chrome(ctx, "title.account-usage", "accounts", account.name()),
                account, shown, new Paging(page.offset(), Paging.DEFAULT_LIMIT, calls.size() > Paging.DEFAULT_LIMIT, ""),
                users.usernames(shown.stream().flatMap(call -> call.user().stream()).toList())));
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
