package io.tollgate.domain.shareauth;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A workflow's identity. */
public record WorkflowId(UUID value) {

    public WorkflowId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<WorkflowId> parse(String text) {
        try {
            return Optional.of(new WorkflowId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
