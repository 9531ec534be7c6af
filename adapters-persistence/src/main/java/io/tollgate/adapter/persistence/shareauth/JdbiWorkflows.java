package io.tollgate.adapter.persistence.shareauth;

import io.tollgate.adapter.persistence.database.UniqueViolation;
import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import io.tollgate.domain.shareauth.Workflows;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Workflows in PostgreSQL; names and no-login URLs are each unique. */
final class JdbiWorkflows implements Workflows {

    private final WorkflowsSql sql;

    JdbiWorkflows(Jdbi jdbi) {
        this.sql = jdbi.onDemand(WorkflowsSql.class);
    }

    @Override
    public Optional<Workflow> add(NewWorkflow workflow) {
        return sql.add(workflow.name(), workflow.noLoginUrl().orElse(null), workflow.pointMultiplier().value())
                .map(WorkflowRow::toWorkflow);
    }

    @Override
    public boolean update(Workflow workflow) {
        try {
            return sql.update(workflow.id().value(), workflow.name(), workflow.noLoginUrl().orElse(null),
                    workflow.pointMultiplier().value()).isPresent();
        } catch (UnableToExecuteStatementException failure) {
            if (UniqueViolation.isCauseOf(failure)) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public Optional<Workflow> byId(WorkflowId id) {
        return sql.byId(id.value()).map(WorkflowRow::toWorkflow);
    }

    @Override
    public Optional<Workflow> byName(String name) {
        return sql.byName(name).map(WorkflowRow::toWorkflow);
    }

    @Override
    public Optional<Workflow> byNoLoginUrl(String noLoginUrl) {
        return sql.byNoLoginUrl(noLoginUrl).map(WorkflowRow::toWorkflow);
    }

    @Override
    public List<Workflow> all() {
        return sql.all().stream().map(WorkflowRow::toWorkflow).toList();
    }
}
