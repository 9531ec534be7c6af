package io.tollgate.application.fakes;

import io.tollgate.application.contracts.WorkflowsContract;
import io.tollgate.domain.shareauth.Workflows;

class InMemoryWorkflowsTest extends WorkflowsContract {

    @Override
    protected Workflows newWorkflows() {
        return new InMemoryWorkflows();
    }
}
