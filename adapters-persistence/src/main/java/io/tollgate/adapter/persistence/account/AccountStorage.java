package io.tollgate.adapter.persistence.account;

import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.application.account.ReminderClaims;
import io.tollgate.domain.account.ProviderAccounts;
import org.jdbi.v3.core.Jdbi;

/** The account context's tables: upstream accounts, their OAuth grants, pending authorizations, calls and reminder claims. */
public final class AccountStorage {

    private final ProviderAccounts providerAccounts;
    private final OAuthGrants oauthGrants;
    private final PendingAuthorizations pendingAuthorizations;
    private final AccountCalls accountCalls;
    private final ReminderClaims reminderClaims;

    public AccountStorage(Jdbi jdbi) {
        // Plain functions rather than reflective mappers, which need the row records to be public.
        jdbi.registerRowMapper(ProviderAccountRow.class, ProviderAccountRow::map)
                .registerRowMapper(SealedRow.class, SealedRow::map)
                .registerRowMapper(TokenUsageRow.class, TokenUsageRow::map);
        this.providerAccounts = new JdbiProviderAccounts(jdbi);
        this.oauthGrants = new JdbiOAuthGrants(jdbi);
        this.pendingAuthorizations = new JdbiPendingAuthorizations(jdbi);
        this.accountCalls = new JdbiAccountCalls(jdbi);
        this.reminderClaims = new JdbiReminderClaims(jdbi);
    }

    public ProviderAccounts providerAccounts() {
        return providerAccounts;
    }

    public OAuthGrants oauthGrants() {
        return oauthGrants;
    }

    public PendingAuthorizations pendingAuthorizations() {
        return pendingAuthorizations;
    }

    public AccountCalls accountCalls() {
        return accountCalls;
    }

    public ReminderClaims reminderClaims() {
        return reminderClaims;
    }
}
