package io.tollgate.domain.relay;

import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.List;

/**
 * Holds estimates against balances before calls and settles them after. Each settlement charges the actual
 * cost (never more than the balance), releases the rest, writes the usage record and counts the account's
 * tokens, in one transaction that is durable when the call returns.
 */
public interface Metering {

    Reservation reserve(UserId user, Points estimate, Instant at);

    /** The amount actually charged: the record's cost, or less if the balance could not cover it. */
    Points settle(ReservationId reservation, UsageRecord record);

    /**
     * Writes a record that charges nobody (a keyless call to a public model) and counts the account's tokens,
     * durably when it returns.
     */
    void recordUnbilled(UsageRecord record);

    /** The user's usage records, newest first. */
    List<UsageRecord> usage(UserId user, int offset, int limit);
}
