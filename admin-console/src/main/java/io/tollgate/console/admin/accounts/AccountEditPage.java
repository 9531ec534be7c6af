package io.tollgate.console.admin.accounts;

import io.tollgate.console.web.Chrome;
import io.tollgate.domain.account.ProviderAccount;

/** The form that renames an account and sets its daily quota and weight. */
public record AccountEditPage(Chrome chrome, ProviderAccount account) {}
