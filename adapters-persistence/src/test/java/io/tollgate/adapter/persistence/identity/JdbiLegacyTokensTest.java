package io.tollgate.adapter.persistence.identity;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
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
