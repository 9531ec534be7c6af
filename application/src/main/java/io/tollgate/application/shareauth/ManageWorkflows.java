package io.tollgate.application.shareauth;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.audit.RecordChanges;
import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import io.tollgate.domain.shareauth.Workflows;
import java.util.List;
import java.util.Optional;

/** Creates, edits and lists workflows and their multipliers (admin); every change is audited. */
public final class ManageWorkflows {

    public sealed interface Outcome {
        record Saved(Workflow workflow) implements Outcome {}

        record NameTaken(String name) implements Outcome {}

        record NoSuchWorkflow() implements Outcome {}
    }

    private final Workflows workflows;
    private final AuditTrail audit;

    public ManageWorkflows(Workflows workflows, AuditTrail audit) {
        this.workflows = workflows;
        this.audit = audit;
    }

    public Outcome create(NewWorkflow workflow, String actor) {
        Optional<Workflow> added = workflows.add(workflow);
        added.ifPresent(saved -> audit.record(actor, "add-workflow", saved.name() + " × " + saved.pointMultiplier()));
        return added.<Outcome>map(Outcome.Saved::new).orElseGet(() -> new Outcome.NameTaken(workflow.name()));
    }

    /** Applies the edit to the stored workflow. */
    public Outcome edit(WorkflowId id, java.util.function.UnaryOperator<Workflow> edit, String actor) {
        Optional<Workflow> stored = workflows.byId(id);
        if (stored.isEmpty()) {
            return new Outcome.NoSuchWorkflow();
        }
        Workflow edited = edit.apply(stored.get());
        if (!workflows.update(edited)) {
            return new Outcome.NameTaken(edited.name());
        }
        audit.record(actor, "edit-workflow", stored.get().name() + ": " + RecordChanges.between(stored.get(), edited));
        return new Outcome.Saved(edited);
    }

    public List<Workflow> list() {
        return workflows.all();
    }
}
