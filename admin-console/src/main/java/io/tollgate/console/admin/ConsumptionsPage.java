package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;
import io.tollgate.console.web.Paging;
import io.tollgate.domain.billing.Consumption;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.identity.Username;
import java.util.List;
import java.util.Map;

/** Charged ShareAuth conversations, filtered by user and workflow, newest first, users shown by name. */
public record ConsumptionsPage(Chrome chrome, String userFilter, String workflowFilter, List<Consumption> consumptions,
                               Paging paging, String csvHref, Map<UserId, Username> names) {

    /** The user's name; the id only for a user that is gone. */
    public String nameOf(UserId user) {
        Username name = names.get(user);
        return name == null ? user.toString() : name.value();
    }
}
