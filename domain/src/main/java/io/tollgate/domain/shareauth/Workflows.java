package io.tollgate.domain.shareauth;

import java.util.List;
import java.util.Optional;

/** The workflows (FastGPT apps) Tollgate charges for, found by id, name or share URL. */
public interface Workflows {

    /** Adds the workflow; empty when its name is taken. */
    Optional<Workflow> add(NewWorkflow workflow);

    /** Replaces the stored workflow of the same id; false when there is none or the name is taken. */
    boolean update(Workflow workflow);

    Optional<Workflow> byId(WorkflowId id);

    Optional<Workflow> byName(String name);

    Optional<Workflow> byNoLoginUrl(String noLoginUrl);

    List<Workflow> all();
}
