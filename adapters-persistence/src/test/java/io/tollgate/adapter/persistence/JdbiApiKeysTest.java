package io.tollgate.adapter.persistence;

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
