package io.tollgate.adapter.persistence.relay;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.ModelsContract;
import io.tollgate.domain.relay.Models;
import org.junit.jupiter.api.AfterEach;

class JdbiModelsTest extends ModelsContract {

    private Database database;

    @Override
    protected Models newModels() {
        database = TestDatabases.fresh();
        return database.models();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
