package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.AdminsContract;
import io.tollgate.application.identity.console.Admins;
import io.tollgate.application.identity.console.ConsoleSessions;
import org.junit.jupiter.api.AfterEach;

class JdbiAdminsTest extends AdminsContract {

    private Database database;

    @Override
    protected Admins newAdmins() {
        database = TestDatabases.fresh();
        return database.admins();
    }

    @Override
    protected ConsoleSessions sessions() {
        return database.consoleSessions();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
