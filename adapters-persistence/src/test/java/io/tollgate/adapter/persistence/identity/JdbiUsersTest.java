package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.UsersContract;
import io.tollgate.domain.identity.Users;
import org.junit.jupiter.api.AfterEach;

class JdbiUsersTest extends UsersContract {

    private Database database;

    @Override
    protected Users newUsers() {
        database = TestDatabases.fresh();
        return database.users();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
