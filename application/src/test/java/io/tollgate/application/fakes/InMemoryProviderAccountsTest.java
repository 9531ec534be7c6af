package io.tollgate.application.fakes;

import io.tollgate.application.contracts.ProviderAccountsContract;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.identity.UserId;
import java.util.UUID;

class InMemoryProviderAccountsTest extends ProviderAccountsContract {

    private InMemoryProviderAccounts accounts;

    @Override
    protected ProviderAccounts newAccounts() {
        accounts = new InMemoryProviderAccounts();
        return accounts;
    }

    @Override
    protected UserId newOwner(String name) {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected AccountCalls calls() {
        return new InMemoryAccountCalls(accounts);
    }

    @Override
    protected OAuthGrants grants() {
        return new InMemoryOAuthGrants(accounts);
    }
}
