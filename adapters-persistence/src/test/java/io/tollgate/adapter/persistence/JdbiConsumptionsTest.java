package io.tollgate.adapter.persistence;

import io.tollgate.application.contracts.ConsumptionsContract;
import org.junit.jupiter.api.AfterEach;

class JdbiConsumptionsTest extends ConsumptionsContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.ledger(), database.consumptions());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
