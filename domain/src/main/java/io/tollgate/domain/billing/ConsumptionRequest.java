package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.money.Multiplier;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A charge to make once: the idempotency key, when present, makes a repeat return the first result. */
public record ConsumptionRequest(
        UserId user, String workflowName, Points basePoints, Multiplier multiplier,
        Optional<String> idempotencyKey, Instant at) {

    public ConsumptionRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(at, "at");
        if (basePoints.isNegative()) {
            throw new IllegalArgumentException("base points cannot be negative");
        }
    }

    public Points charge() {
        return basePoints.times(multiplier);
    }
}
