package io.tollgate.adapter.persistence.billing;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.LedgerContract;
import org.junit.jupiter.api.AfterEach;

class JdbiLedgerTest extends LedgerContract {

    private Database database;

    @Override
    protected Ports newPorts() {
        database = TestDatabases.fresh();
        return new Ports(database.users(), database.ledger());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
