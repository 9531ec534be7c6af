package io.tollgate.adapter.persistence.shareauth;

import io.tollgate.domain.shareauth.Workflows;
import org.jdbi.v3.core.Jdbi;

/** The ShareAuth context's tables: the workflows and their multipliers. */
public final class ShareAuthStorage {

    private final Workflows workflows;

    public ShareAuthStorage(Jdbi jdbi) {
        // Plain functions rather than reflective mappers, which need the row records to be public.
        jdbi.registerRowMapper(WorkflowRow.class, WorkflowRow::map);
        this.workflows = new JdbiWorkflows(jdbi);
    }

    public Workflows workflows() {
        return workflows;
    }
}
