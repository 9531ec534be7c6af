package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.ProviderAccount;
import java.util.List;

/** One account's calls, newest first: who called, the model, tokens, time and outcome (never a credential or a prompt). */
public record AccountUsagePage(Chrome chrome, ProviderAccount account, List<AccountCall> calls, Paging paging) {}
