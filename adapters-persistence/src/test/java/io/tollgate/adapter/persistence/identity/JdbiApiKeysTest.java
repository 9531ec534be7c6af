package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.ApiKeysContract;
import org.junit.jupiter.api.AfterEach;

class JdbiApiKeysTest extends ApiKeysContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.apiKeys());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
