package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.shareauth.NewWorkflow;
import io.tollgate.domain.shareauth.Workflow;
import io.tollgate.domain.shareauth.WorkflowId;
import io.tollgate.domain.shareauth.Workflows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Workflows} does: names and no-login URLs each belong to one workflow. */
public abstract class WorkflowsContract {

    private static final String URL_A = "https://chat.example.com/chat/share?shareId=a";
    private static final String URL_B = "https://chat.example.com/chat/share?shareId=b";

    private Workflows workflows;

    /** A new, empty store of workflows. */
    protected abstract Workflows newWorkflows();

    @BeforeEach
    void createWorkflows() {
        workflows = newWorkflows();
    }

    private Optional<Workflow> add(String name, String url, String multiplier) {
        return workflows.add(new NewWorkflow(name, Optional.ofNullable(url), Multiplier.of(multiplier)));
    }

    private static Workflow edited(Workflow w, String name, String url, String multiplier) {
        return new Workflow(w.id(), name, Optional.ofNullable(url), Multiplier.of(multiplier));
    }

    @Test
    void anAddedWorkflowIsFoundByIdNameAndNoLoginUrl() {
        Workflow added = add("翻译助手", URL_A, "2.5").orElseThrow();

        assertEquals("翻译助手", added.name());
        assertEquals(Optional.of(URL_A), added.noLoginUrl());
        assertEquals(Multiplier.of("2.5"), added.pointMultiplier());
        assertEquals(Optional.of(added), workflows.byId(added.id()));
        assertEquals(Optional.of(added), workflows.byName("翻译助手"));
        assertEquals(Optional.of(added), workflows.byNoLoginUrl(URL_A));
    }

    @Test
    void unknownIdsNamesAndUrlsFindNothing() {
        add("wf", URL_A, "1");

        assertTrue(workflows.byId(new WorkflowId(UUID.randomUUID())).isEmpty());
        assertTrue(workflows.byName("other").isEmpty());
        assertTrue(workflows.byNoLoginUrl(URL_B).isEmpty());
    }

    @Test
    void aTakenNameIsRefused() {
        add("wf", URL_A, "1");

        assertTrue(add("wf", URL_B, "2").isEmpty());
        assertEquals(1, workflows.all().size());
    }

    @Test
    void aTakenNoLoginUrlIsRefused() {
        add("wf1", URL_A, "1");

        assertTrue(add("wf2", URL_A, "2").isEmpty());
        assertEquals(List.of("wf1"), workflows.all().stream().map(Workflow::name).toList());
    }

    @Test
    void manyWorkflowsMayHaveNoNoLoginUrl() {
        add("wf1", null, "1");
        add("wf2", null, "1");

        assertEquals(2, workflows.all().size());
        assertEquals(Optional.empty(), workflows.byName("wf2").orElseThrow().noLoginUrl());
    }

    @Test
    void anUpdateReplacesNameUrlAndMultiplier() {
        Workflow added = add("wf", URL_A, "1").orElseThrow();
        Workflow changed = edited(added, "renamed", URL_B, "0.000001");

        assertTrue(workflows.update(changed));

        assertEquals(Optional.of(changed), workflows.byId(added.id()));
        assertEquals(Optional.of(changed), workflows.byNoLoginUrl(URL_B));
        assertTrue(workflows.byName("wf").isEmpty());
        assertTrue(workflows.byNoLoginUrl(URL_A).isEmpty());
    }

    @Test
    void anUpdateMayKeepTheNameAndDropTheUrl() {
        Workflow added = add("wf", URL_A, "1").orElseThrow();

        assertTrue(workflows.update(edited(added, "wf", null, "1000000")));

        assertEquals(Optional.empty(), workflows.byName("wf").orElseThrow().noLoginUrl());
        assertEquals(Multiplier.of("1000000"), workflows.byName("wf").orElseThrow().pointMultiplier());
    }

    @Test
    void anUpdateToAnotherWorkflowsNameOrUrlIsRefusedAndChangesNothing() {
        Workflow first = add("wf1", URL_A, "1").orElseThrow();
        Workflow second = add("wf2", URL_B, "2").orElseThrow();

        assertFalse(workflows.update(edited(second, "wf1", URL_B, "3")));
        assertFalse(workflows.update(edited(second, "wf2", URL_A, "3")));

        assertEquals(List.of(first, second), workflows.all());
    }

    @Test
    void anUpdateOfAnUnknownWorkflowIsRefused() {
        Workflow stranger = new Workflow(new WorkflowId(UUID.randomUUID()), "wf", Optional.empty(), Multiplier.ONE);

        assertFalse(workflows.update(stranger));
        assertTrue(workflows.all().isEmpty());
    }

    @Test
    void allListsWorkflowsInTheOrderTheyWereAdded() {
        add("c", null, "1");
        add("a", null, "1");
        add("b", null, "1");

        assertEquals(List.of("c", "a", "b"), workflows.all().stream().map(Workflow::name).toList());
    }
}
