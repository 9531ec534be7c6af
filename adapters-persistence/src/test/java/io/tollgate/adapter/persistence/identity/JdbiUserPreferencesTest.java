package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.adapter.persistence.TestUsers;
import io.tollgate.application.contracts.UserPreferencesContract;
import io.tollgate.application.identity.UserPreferences;
import io.tollgate.domain.identity.UserId;
import org.junit.jupiter.api.AfterEach;

class JdbiUserPreferencesTest extends UserPreferencesContract {

    private Database database;

    @Override
    protected UserPreferences newPreferences() {
        database = TestDatabases.fresh();
        return database.userPreferences();
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
