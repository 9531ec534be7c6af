package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.PublicUsageContract;
import io.tollgate.application.relay.PublicUsage;
import org.junit.jupiter.api.AfterEach;

class JdbiPublicUsageTest extends PublicUsageContract {

    private Database database;

    @Override
    protected PublicUsage newUsage() {
        database = TestDatabases.fresh();
        return database.publicUsage();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
