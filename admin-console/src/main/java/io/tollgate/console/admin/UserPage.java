package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.billing.LedgerEntry;
import io.tollgate.domain.identity.User;
import java.util.List;

/** One user: status, balance with the top-up form, and the ledger that explains the balance. */
public record UserPage(Chrome chrome, User user, List<LedgerEntry> ledger, Paging paging, String error) {}
