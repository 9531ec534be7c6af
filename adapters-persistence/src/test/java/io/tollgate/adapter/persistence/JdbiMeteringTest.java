package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.MeteringContract;
import org.junit.jupiter.api.AfterEach;

class JdbiMeteringTest extends MeteringContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.ledger(), database.providerAccounts(), database.metering(),
                user -> database.jdbiMetering().held(user));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
