package io.tollgate.domain.identity;

import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.Objects;

/** A person who spends points; the balance is a snapshot of the ledger's latest entry. */
public record User(UserId id, Username username, Points balance, UserStatus status, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }
}
