package io.tollgate.adapter.persistence.account;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.application.contracts.AccountCallsContract;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.identity.UserId;
import org.junit.jupiter.api.AfterEach;

class JdbiAccountCallsTest extends AccountCallsContract {

    private Database database;

    @Override
    protected AccountCalls newCalls() {
        database = TestDatabases.fresh();
        return database.accountCalls();
    }

    @Override
    protected ProviderAccounts accounts() {
        return database.providerAccounts();
    }

    @Override
    protected UserId newUser(String name) {
        return TestUsers.add(database, name);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
