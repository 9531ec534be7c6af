package io.tollgate.adapter.persistence.account;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.application.contracts.ProviderAccountsContract;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.oauth.OAuthGrants;
import io.tollgate.domain.identity.UserId;
import org.junit.jupiter.api.AfterEach;

class JdbiProviderAccountsTest extends ProviderAccountsContract {

    private Database database;

    @Override
    protected ProviderAccounts newAccounts() {
        database = TestDatabases.fresh();
        return database.providerAccounts();
    }

    @Override
    protected UserId newOwner(String name) {
        return TestUsers.add(database, name);
    }

    @Override
    protected AccountCalls calls() {
        return database.accountCalls();
    }

    @Override
    protected OAuthGrants grants() {
        return database.oauthGrants();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
