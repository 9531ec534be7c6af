package io.tollgate.application.relay.usage;

import java.time.LocalDate;
import java.util.OptionalInt;

/** Keeps usage records for a while only: older ones become daily totals per user, key, account, model and status. */
public interface UsageRetention {

    /**
     * Adds the records of quota days before {@code day} to the daily totals and deletes them, in one transaction;
     * how many were deleted, or empty when another node is doing it at this moment.
     */
    OptionalInt rollUpBefore(LocalDate day);
}
