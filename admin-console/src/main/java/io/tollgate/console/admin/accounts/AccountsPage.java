package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.AccountRow;
import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import java.util.List;

/** The upstream accounts with status, reason, quota bar and last use. */
public record AccountsPage(Chrome chrome, List<AccountRow> rows, Paging paging) {}
