package io.tollgate.console;

import java.util.List;

/** The upstream accounts with status, reason, quota bar and last use. */
public record AccountsPage(Chrome chrome, List<AccountRow> rows, Paging paging) {}
