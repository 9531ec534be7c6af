package io.tollgate.application.fakes;

import io.tollgate.application.contracts.ProviderAccountsContract;
import io.tollgate.domain.account.ProviderAccounts;

class InMemoryProviderAccountsTest extends ProviderAccountsContract {

    @Override
    protected ProviderAccounts newAccounts() {
        return new InMemoryProviderAccounts();
    }
}
