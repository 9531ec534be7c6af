package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.money.Multiplier;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A charge to make once: the idempotency key, when present, makes a repeat return the first result. The chat
 * id only says which conversation the charge belongs to; a conversation has many charges, one per turn.
 */
public record ConsumptionRequest(
        UserId user, String workflowName, Points basePoints, Multiplier multiplier,
        Optional<String> idempotencyKey, Optional<String> chatId, Instant at) {

    /** The largest charge one request may make: far above any real one, and inside the stored column's range. */
    public static final Points MAX_CHARGE = Points.exactly("1000000000000");

    public ConsumptionRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workflowName, "workflowName");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(at, "at");
        if (basePoints.isNegative()) {
            throw new IllegalArgumentException("base points cannot be negative");
        }
        if (!withinMaxCharge(basePoints, multiplier)) {
            throw new IllegalArgumentException("a charge is at most " + MAX_CHARGE);
        }
    }

    /** Whether base points × multiplier stays within {@link #MAX_CHARGE}. */
    public static boolean withinMaxCharge(Points basePoints, Multiplier multiplier) {
        return basePoints.toBigDecimal().multiply(multiplier.value()).compareTo(MAX_CHARGE.toBigDecimal()) <= 0;
    }

    public Points charge() {
        return basePoints.times(multiplier);
    }
}
