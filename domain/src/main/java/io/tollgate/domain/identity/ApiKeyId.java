package io.tollgate.domain.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An API key's identity (not the secret). */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<ApiKeyId> parse(String text) {
        try {
            return Optional.of(new ApiKeyId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
