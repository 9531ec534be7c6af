package io.tollgate.application.fakes;

import io.tollgate.application.contracts.AccountCallsContract;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.identity.UserId;
import java.util.UUID;

class InMemoryAccountCallsTest extends AccountCallsContract {

    private InMemoryProviderAccounts accounts;

    @Override
    protected AccountCalls newCalls() {
        accounts = new InMemoryProviderAccounts();
        return new InMemoryAccountCalls(accounts);
    }

    @Override
    protected ProviderAccounts accounts() {
        return accounts;
    }

    @Override
    protected UserId newUser(String name) {
        return new UserId(UUID.randomUUID());
    }
}
