package io.tollgate.adapter.persistence.shareauth;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.TestDatabases;
import io.tollgate.application.contracts.WorkflowsContract;
import io.tollgate.domain.shareauth.Workflows;
import org.junit.jupiter.api.AfterEach;

class JdbiWorkflowsTest extends WorkflowsContract {

    private Database database;

    @Override
    protected Workflows newWorkflows() {
        database = TestDatabases.fresh();
        return database.workflows();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
