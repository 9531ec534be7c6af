package io.tollgate.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A provider account's identity; also bound into its encrypted credential as associated data. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<AccountId> parse(String text) {
        try {
            return Optional.of(new AccountId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
