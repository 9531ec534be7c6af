package io.tollgate.domain.billing;

import io.tollgate.domain.identity.UserId;
import java.util.Optional;

/** Which consumptions to list: by user, by workflow name, or all. */
public record ConsumptionFilter(Optional<UserId> user, Optional<String> workflowName) {

    public static final ConsumptionFilter ALL = new ConsumptionFilter(Optional.empty(), Optional.empty());
}
