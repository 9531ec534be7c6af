package io.tollgate.adapter.persistence;

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
