package io.tollgate.application.fakes;

import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import io.tollgate.domain.shareauth.Workflows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Workflows in memory; like the database, a name or a no-login URL belongs to one workflow only. */
public final class InMemoryWorkflows implements Workflows {

    private final Map<WorkflowId, Workflow> workflows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Workflow> add(NewWorkflow workflow) {
        if (byName(workflow.name()).isPresent() || urlTaken(workflow.noLoginUrl(), null)) {
            return Optional.empty();
        }
        Workflow added = new Workflow(new WorkflowId(UUID.randomUUID()), workflow.name(), workflow.noLoginUrl(),
                workflow.pointMultiplier());
        workflows.put(added.id(), added);
        return Optional.of(added);
    }

    @Override
    public synchronized boolean update(Workflow workflow) {
        boolean nameTaken = workflows.values().stream()
                .anyMatch(w -> w.name().equals(workflow.name()) && !w.id().equals(workflow.id()));
        if (!workflows.containsKey(workflow.id()) || nameTaken || urlTaken(workflow.noLoginUrl(), workflow.id())) {
            return false;
        }
        workflows.put(workflow.id(), workflow);
        return true;
    }

    private boolean urlTaken(Optional<String> url, WorkflowId except) {
        return url.isPresent() && workflows.values().stream()
                .anyMatch(w -> w.noLoginUrl().equals(url) && !w.id().equals(except));
    }

    @Override
    public synchronized Optional<Workflow> byId(WorkflowId id) {
        return Optional.ofNullable(workflows.get(id));
    }

    @Override
    public synchronized Optional<Workflow> byName(String name) {
        return workflows.values().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    @Override
    public synchronized Optional<Workflow> byNoLoginUrl(String noLoginUrl) {
        return workflows.values().stream().filter(w -> w.noLoginUrl().filter(noLoginUrl::equals).isPresent()).findFirst();
    }

    @Override
    public synchronized List<Workflow> all() {
        return List.copyOf(workflows.values());
    }
}
