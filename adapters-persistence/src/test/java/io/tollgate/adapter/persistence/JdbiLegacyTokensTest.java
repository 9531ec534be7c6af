package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.LegacyTokensContract;
import org.junit.jupiter.api.AfterEach;

class JdbiLegacyTokensTest extends LegacyTokensContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.legacyTokens());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
