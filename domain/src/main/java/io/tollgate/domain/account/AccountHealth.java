package io.tollgate.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An account's status, why, until when, and its run of consecutive failures. */
public record AccountHealth(AccountStatus status, String reason, Optional<Instant> until,
                            int consecutiveFailures, int consecutiveAuthFailures) {

    public static final AccountHealth ENABLED = new AccountHealth(AccountStatus.ENABLED, "", Optional.empty(), 0, 0);

    public AccountHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
    }

    /** Usable now: enabled, or a cooldown or suspension that has ended. */
    public boolean usableAt(Instant now) {
        return switch (status) {
            case ENABLED -> true;
            case COOLING_DOWN, SUSPENDED -> until.map(end -> !now.isBefore(end)).orElse(true);
            case DISABLED, EXPIRED -> false;
        };
    }

    /** The credential could not be renewed; {@code reason} says what the platform answered. */
    public static AccountHealth expired(String reason) {
        return new AccountHealth(AccountStatus.EXPIRED, reason, Optional.empty(), 0, 0);
    }

    public static AccountHealth disabledByAdmin(String reason) {
        return new AccountHealth(AccountStatus.DISABLED, reason, Optional.empty(), 0, 0);
    }
}
