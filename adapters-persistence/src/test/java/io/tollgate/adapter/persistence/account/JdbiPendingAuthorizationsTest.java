package io.tollgate.adapter.persistence.account;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.application.contracts.PendingAuthorizationsContract;
import io.tollgate.domain.identity.UserId;
import org.junit.jupiter.api.AfterEach;

class JdbiPendingAuthorizationsTest extends PendingAuthorizationsContract {

    private Database database;

    @Override
    protected PendingAuthorizations newPending() {
        database = TestDatabases.fresh();
        return database.pendingAuthorizations();
    }

    @Override
    protected UserId newOwner(String name) {
        return TestUsers.add(database, name);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
