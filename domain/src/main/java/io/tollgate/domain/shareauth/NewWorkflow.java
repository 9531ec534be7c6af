package io.tollgate.domain.shareauth;

import io.tollgate.domain.money.Multiplier;
import java.util.Objects;
import java.util.Optional;

/** A workflow to add. */
public record NewWorkflow(String name, Optional<String> noLoginUrl, Multiplier pointMultiplier) {

    public NewWorkflow {
        name = WorkflowName.check(name);
        noLoginUrl = ShareUrl.normalizedNoLoginUrl(noLoginUrl);
        Objects.requireNonNull(pointMultiplier, "pointMultiplier");
    }
}
