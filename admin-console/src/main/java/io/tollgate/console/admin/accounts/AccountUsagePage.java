package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.util.List;
import java.util.Map;

/** One account's calls, newest first: who called (by name), the model, tokens, time and outcome (never a credential or a prompt). */
public record AccountUsagePage(Chrome chrome, ProviderAccount account, List<AccountCall> calls, Paging paging,
                               Map<UserId, Username> usernames) {

    /** The caller's username; the id only for a user gone since the page was read. */
    public String username(UserId user) {
        Username name = usernames.get(user);
        return name == null ? user.toString() : name.value();
    }
}
