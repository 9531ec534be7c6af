package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.billing.Consumption;
import java.util.List;

/** Charged ShareAuth conversations, filtered by user id and workflow, newest first. */
public record ConsumptionsPage(Chrome chrome, String userFilter, String workflowFilter, List<Consumption> consumptions,
                               Paging paging, String csvHref) {}
