package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.money.Multiplier;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;

/** A charged conversation turn: base points × multiplier = charge, and the balance it left; chatId may be null. */
public record Consumption(
        String id, UserId user, String workflowName, Points basePoints, Multiplier multiplier,
        Points charge, Points balanceAfter, String idempotencyKey, String chatId, Instant at) {}
