package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.shareauth.Workflow;
import java.util.List;

/** ShareAuth workflows and their point multipliers, with the form that adds one. */
public record WorkflowsPage(Chrome chrome, List<Workflow> workflows, Paging paging, String error) {}
