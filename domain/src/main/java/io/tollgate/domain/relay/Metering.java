package io.tollgate.domain.relay;

import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.time.Duration;
import java.time.Instant;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.util.List;
import java.util.Optional;

/**
 * Holds what calls may cost against balances before they are made and settles them after. A hold is granted only
 * while the balance minus every unexpired hold on it (whichever node made them) covers it. Each settlement charges
 * the actual cost (never more than the balance), releases the hold, writes the usage record and counts the
 * account's tokens, in one transaction that is durable when the call returns.
 */
public interface Metering {

    /**
     * How long a hold counts against the balance if its call is never settled (its node died): longer than a call
     * lasts, short enough that a dead node's holds do not block a balance for long.
     */
    Duration HOLD_LIFETIME = Duration.ofMinutes(30);

    /** Holds {@code estimate} from {@code at} until {@code at} + {@link #HOLD_LIFETIME}, or says why not. */
    default Reservation reserve(UserId user, Points estimate, Instant at) {
        return reserve(user, Optional.empty(), estimate, at);
    }

    /**
     * As {@link #reserve(UserId, Points, Instant)}, for a call on {@code key}: when the key has caps, refused once one
     * is spent or held by calls in flight, else holding against the key at most what its tightest cap leaves.
     */
    Reservation reserve(UserId user, Optional<BudgetedKey> key, Points estimate, Instant at);

    /**
     * The amount actually charged: the record's cost, or less if the balance could not cover it or, on a capped key,
     * what its caps leave. The charge counts against the key's caps in the same transaction.
     */
    Points settle(ReservationId reservation, UsageRecord record);

    /**
     * Writes a record that charges nobody (a keyless call to a public model) and counts the account's tokens,
     * durably when it returns.
     */
    void recordUnbilled(UsageRecord record);

    /** The user's usage records, newest first. */
    List<UsageRecord> usage(UserId user, int offset, int limit);

    /** Deletes the holds that lapsed before {@code now} (their calls were never settled); how many went. */
    int forgetLapsedHolds(Instant now);
}
