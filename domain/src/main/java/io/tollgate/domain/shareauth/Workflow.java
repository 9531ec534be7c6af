package io.tollgate.domain.shareauth;

import io.tollgate.domain.money.Multiplier;
import java.util.Objects;
import java.util.Optional;

/** A FastGPT app published as a share link, and the multiplier its conversations are charged at. */
public record Workflow(WorkflowId id, String name, Optional<String> noLoginUrl, Multiplier pointMultiplier) {

    /** The label consumptions carry when the app name matches no workflow. */
    public static final String UNKNOWN_NAME = "未知工作流";

    public Workflow {
        Objects.requireNonNull(id, "id");
        noLoginUrl = ShareUrl.normalizedNoLoginUrl(noLoginUrl);
        Objects.requireNonNull(pointMultiplier, "pointMultiplier");
        name = WorkflowName.check(name);
    }
}
