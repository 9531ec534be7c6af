package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.PublicUsageContract;
import io.tollgate.application.relay.usage.PublicUsage;
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
