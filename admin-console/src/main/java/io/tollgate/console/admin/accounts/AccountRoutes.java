package io.tollgate.console.admin.accounts;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.identity.IssueApiKey;
import io.tollgate.application.identity.ManageApiKeys;
import io.tollgate.application.support.Page;
import io.tollgate.console.admin.ConfirmPage;
import io.tollgate.console.web.Forms;
import io.tollgate.console.web.PageGroup;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.ApiKeyId;
import io.tollgate.domain.identity.UserId;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.console.web.KeyBudgetText;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.console.web.text.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Provider accounts (enable or disable, delete with confirmation) and API keys (issue, list, revoke). */
public final class AccountRoutes implements PageGroup {

    private final ManageAccounts accounts;
    private final ManageApiKeys apiKeys;
    private final IssueApiKey issueApiKey;

    private final io.tollgate.application.relay.budget.ManageKeyBudgets budgets;
    private final ListUsers users;

    public AccountRoutes(ManageAccounts accounts, ManageApiKeys apiKeys, IssueApiKey issueApiKey,
                         io.tollgate.application.relay.budget.ManageKeyBudgets budgets, ListUsers users) {
        this.budgets = budgets;
        this.users = users;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.issueApiKey = issueApiKey;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/console/accounts/{id}/status", Forms.safe(ctx -> withAccount(ctx, account -> status(ctx, account))));
        routes.get("/console/accounts/{id}/delete", ctx -> withAccount(ctx, account -> Web.render(ctx, "confirm.jte",
                new ConfirmPage(Web.chrome(ctx, "title.account-delete", "accounts", account.name()),
                        LanguageChoice.of(ctx).format("accounts.delete-question", account.name(), account.platform().displayName()),
                        "/console/accounts/" + account.id() + "/delete", LanguageChoice.of(ctx).get("accounts.delete-button"),
                        "/console/accounts"))));
        routes.post("/console/accounts/{id}/delete", ctx -> withAccount(ctx, account -> {
            accounts.delete(account.id(), Web.actor(ctx));
            ctx.redirect("/console/accounts?done=account-deleted", HttpStatus.SEE_OTHER);
        }));
        routes.get("/console/keys", this::keys);
        routes.post("/console/keys", Forms.safe(this::issue));
        routes.post("/console/keys/{id}/revoke", ctx -> {
            Optional<ApiKeyId> id = ApiKeyId.parse(ctx.pathParam("id"));
            if (id.isEmpty() || !apiKeys.revoke(id.get(), Web.actor(ctx))) {
                Web.refuse(ctx, 404, "not_found", "No such API key.");
                return;
            }
            ctx.redirect("/console/keys?done=key-revoked", HttpStatus.SEE_OTHER);
        });
    }

    private void status(Context ctx, ProviderAccount account) {
        String status = Forms.required(ctx, "status");
        AccountHealth health = switch (status) {
            case "enabled" -> AccountHealth.ENABLED;
            case "disabled" -> AccountHealth.disabledByAdmin("disabled by an admin");
            default -> throw new IllegalArgumentException("status is 'enabled' or 'disabled'");
        };
        accounts.edit(account.id(), stored -> stored.withHealth(health), Optional.empty(), Web.actor(ctx));
        ctx.redirect("/console/accounts?done=account-status", HttpStatus.SEE_OTHER);
    }

    private void keys(Context ctx) {
        Page page = Web.page(ctx);
        List<ApiKey> keys = apiKeys.list(Optional.empty(), page);
        List<ApiKey> shown = Paging.trim(keys, Paging.DEFAULT_LIMIT);
        Texts t = LanguageChoice.of(ctx);
        Web.render(ctx, "keys.jte", new KeysPage(Web.chrome(ctx, "title.keys", "keys"), shown,
                new Paging(page.offset(), Paging.DEFAULT_LIMIT, keys.size() > Paging.DEFAULT_LIMIT, ""),
                KeyBudgetText.of(shown, budgets, t),
                users.usernames(shown.stream().map(ApiKey::user).toList())));
    }

    private void issue(Context ctx) {
        UserId user = UserId.parse(Forms.required(ctx, "userId")).orElseThrow(() -> new IllegalArgumentException("not a user id"));
        List<String> models = Arrays.stream(Optional.ofNullable(ctx.formParam("models")).orElse("").split(","))
                .map(String::strip).filter(m -> !m.isEmpty()).toList();
        var command = new IssueApiKey.Command(user, Optional.ofNullable(ctx.formParam("name")).map(String::strip)
                .filter(n -> !n.isEmpty()).orElse("default"), models, Optional.empty(), limit(ctx, "rpm"), limit(ctx, "tpm"), Optional.empty());
        switch (issueApiKey.issue(command, Web.actor(ctx))) {
            case IssueApiKey.Outcome.Issued issued ->
                    Web.render(ctx, "key-issued.jte", new KeyIssuedPage(Web.chrome(ctx, "title.key-issued", "keys"), issued.key(), issued.secret()));
            case IssueApiKey.Outcome.NoSuchUser missing -> Web.refuse(ctx, 404, "not_found", "No such user.");
            case IssueApiKey.Outcome.WiderThanCreator never -> throw new IllegalStateException("an admin has no key to exceed");
        }
    }

    private static int limit(Context ctx, String name) {
        String text = Optional.ofNullable(ctx.formParam(name)).map(String::strip).orElse("");
        int value = text.isEmpty() ? 0 : Integer.parseInt(text);
        if (value < 0) {
            throw new IllegalArgumentException(name + " is 0 (no limit) or more");
        }
        return value;
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
