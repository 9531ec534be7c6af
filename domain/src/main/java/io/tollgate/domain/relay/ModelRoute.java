package io.tollgate.domain.relay;

import io.tollgate.domain.account.Platform;
import java.util.Objects;

/** A platform that serves a model, and the model's name there. */
public record ModelRoute(Platform platform, String upstreamModel) {

    public ModelRoute {
        Objects.requireNonNull(platform, "platform");
        if (upstreamModel == null || upstreamModel.isBlank()) {
            throw new IllegalArgumentException("the upstream model name is required");
        }
    }
}
