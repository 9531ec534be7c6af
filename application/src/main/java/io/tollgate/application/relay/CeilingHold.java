package io.tollgate.application.relay;

import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds the most a call can cost against its user's balance and its key's caps: the {@linkplain CostCeiling#quick
 * quick} ceiling when the balance is far above it, else, or when the quick one is refused, the tokenized one.
 */
final class CeilingHold {

    /** What was asked for, and what the metering gave. */
    record Taken(Points estimate, Reservation reservation) {}

    private final CostCeiling ceiling;
    private final Metering metering;

    CeilingHold(TokenCounter tokens, Metering metering) {
        this.ceiling = new CostCeiling(tokens);
        this.metering = metering;
    }

    /** Holds the call's ceiling for {@code user} (and {@code key}, if it has caps) at {@code now}. */
    Taken take(User user, Optional<BudgetedKey> key, Model model, ChatCall call, Instant now) {
        Points quick = ceiling.quick(model, call, user.groupRatio());
        boolean farFromEdge = CostCeiling.farBelow(quick, user.balance());
        Points estimate = farFromEdge ? quick : ceiling.of(model, call, user.groupRatio());
        Reservation reservation = metering.reserve(user.id(), key, estimate, now);
        if (farFromEdge && (reservation instanceof Reservation.OverBudget || reservation instanceof Reservation.Insufficient)) {
            estimate = ceiling.of(model, call, user.groupRatio());
            reservation = metering.reserve(user.id(), key, estimate, now);
        }
        return new Taken(estimate, reservation);
    }
}
