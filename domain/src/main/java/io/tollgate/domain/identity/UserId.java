package io.tollgate.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** A user's identity; its text form is also the {@code uid} FastGPT files chats under. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in this text, or empty when it is not one. */
    public static java.util.Optional<UserId> parse(String text) {
        try {
            return java.util.Optional.of(new UserId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
