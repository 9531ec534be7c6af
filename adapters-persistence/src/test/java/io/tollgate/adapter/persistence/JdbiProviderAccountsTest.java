package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.ProviderAccountsContract;
import io.tollgate.domain.account.ProviderAccounts;
import org.junit.jupiter.api.AfterEach;

class JdbiProviderAccountsTest extends ProviderAccountsContract {

    private Database database;

    @Override
    protected ProviderAccounts newAccounts() {
        database = TestDatabases.fresh();
        return database.providerAccounts();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
