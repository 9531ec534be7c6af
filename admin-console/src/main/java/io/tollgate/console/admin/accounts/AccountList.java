package io.tollgate.console.admin.accounts;

import io.javalin.http.Context;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.identity.ListUsers;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.application.relay.usage.AccountActivity;
import io.tollgate.application.relay.usage.UsageDashboard;
import io.tollgate.application.support.Page;
import io.tollgate.console.web.AccountRow;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.console.web.Web;
import io.tollgate.console.web.text.Texts;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.QuotaUse;
import io.tollgate.domain.identity.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders the accounts page: one page of accounts with today's use, owners by username, and any test results. */
final class AccountList {

    private final ManageAccounts accounts;
    private final UsageDashboard dashboard;
    private final OwnAccounts accountViews;
    private final ListUsers users;

    AccountList(ManageAccounts accounts, UsageDashboard dashboard, OwnAccounts accountViews, ListUsers users) {
        this.accounts = accounts;
        this.dashboard = dashboard;
        this.accountViews = accountViews;
        this.users = users;
    }

    void render(Context ctx, String notice, Map<AccountId, CheckAccount.Timed> tested) {
        Page page = Web.page(ctx);
        List<ProviderAccount> all = accounts.list();
        Map<AccountId, AccountActivity> activity = dashboard.accountsToday();
        Chrome chrome = Web.chrome(ctx, "title.accounts", "accounts");
        Texts t = chrome.t();
        List<AccountRow> rows = all.stream().skip(page.offset()).limit(Paging.DEFAULT_LIMIT).map(account -> {
            AccountActivity used = activity.getOrDefault(account.id(), AccountActivity.NONE);
            return new AccountRow(account, new QuotaUse(used.tokensToday(), account.dailyTokenQuota()),
                    used.lastUsed().map(t::time).orElse(t.get("accounts.never")),
                    accountViews.view(account, Optional.empty()).credentialExpiresAt());
        }).toList();
        Map<AccountId, String> owners = new HashMap<>();
        rows.forEach(row -> row.account().owner().flatMap(users::byId).map(User::username)
                .ifPresent(name -> owners.put(row.account().id(), name.value())));
        if (!notice.isEmpty()) {
            chrome = chrome.withNotice(notice);
        }
        List<String> models = all.stream().filter(ProviderAccount::inSystemPool).flatMap(a -> a.models().stream())
                .distinct().sorted().toList();
        Web.render(ctx, "accounts.jte", new AccountsPage(chrome, rows,
                new Paging(page.offset(), Paging.DEFAULT_LIMIT, all.size() > page.offset() + Paging.DEFAULT_LIMIT, ""),
                owners, tested, models));
    }
}
