package io.tollgate.domain.billing;

import io.tollgate.domain.money.Points;
import io.tollgate.domain.money.Multiplier;

import io.tollgate.domain.identity.UserId;
import java.time.Instant;

/** A finish that could not be charged because the balance was too low; kept for the admin. */
public record UnpaidAttempt(
        long id, UserId user, String workflowName, Points basePoints, Multiplier multiplier,
        Points charge, Points balance, Instant at) {}
