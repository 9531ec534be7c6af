package io.tollgate.adapter.persistence;

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
