package io.tollgate.domain.identity;

import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who spends points; the balance is a snapshot of the ledger's latest entry, and every relay price
 * is multiplied by the group ratio (1 unless an admin sets another).
 */
public record User(UserId id, Username username, Points balance, UserStatus status, Multiplier groupRatio, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(groupRatio, "groupRatio");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    public User withBalance(Points newBalance) {
        return new User(id, username, newBalance, status, groupRatio, createdAt);
    }

    public User withStatus(UserStatus newStatus) {
        return new User(id, username, balance, newStatus, groupRatio, createdAt);
    }
}
