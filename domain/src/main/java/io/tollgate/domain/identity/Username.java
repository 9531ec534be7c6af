package io.tollgate.domain.identity;

import java.util.Objects;

/** A login name: 1 to 64 characters, no control characters, no surrounding spaces. */
public record Username(String value) {

    public Username {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("a username has 1 to 64 characters");
        }
        if (!value.strip().equals(value) || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a username has no surrounding spaces or control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
