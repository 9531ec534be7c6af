package io.tollgate.application.identity.console;

import java.util.Objects;
import java.util.UUID;

/** A console administrator's identity. */
public record AdminId(UUID value) {

    public AdminId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
