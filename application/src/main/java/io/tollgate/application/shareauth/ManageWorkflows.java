package io.tollgate.application.shareauth;

import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import io.tollgate.domain.shareauth.Workflows;
import java.util.List;
import java.util.Optional;

/** Creates, edits and lists workflows and their multipliers (admin). */
public final class ManageWorkflows {

    public sealed interface Outcome {
        record Saved(Workflow workflow) implements Outcome {}

        record NameTaken(String name) implements Outcome {}

        record NoSuchWorkflow() implements Outcome {}
    }

    private final Workflows workflows;

    public ManageWorkflows(Workflows workflows) {
        this.workflows = workflows;
    }

    public Outcome create(NewWorkflow workflow) {
        return workflows.add(workflow)
                .<Outcome>map(Outcome.Saved::new)
                .orElseGet(() -> new Outcome.NameTaken(workflow.name()));
    }

    /** Applies the edit to the stored workflow. */
    public Outcome edit(WorkflowId id, java.util.function.UnaryOperator<Workflow> edit) {
        Optional<Workflow> stored = workflows.byId(id);
        if (stored.isEmpty()) {
            return new Outcome.NoSuchWorkflow();
        }
        Workflow edited = edit.apply(stored.get());
        return workflows.update(edited) ? new Outcome.Saved(edited) : new Outcome.NameTaken(edited.name());
    }

    public List<Workflow> list() {
        return workflows.all();
    }
}
