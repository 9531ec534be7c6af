package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.money.Multiplier;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;

/** A charged conversation: base points × multiplier = charge, and the balance it left. */
public record Consumption(
        String id, UserId user, String workflowName, Points basePoints, Multiplier multiplier,
        Points charge, Points balanceAfter, String idempotencyKey, Instant at) {}
