package io.tollgate.application.support;

import io.tollgate.domain.relay.UsageRecord;
import java.time.Duration;
import java.util.function.IntSupplier;

/** Counts and times for the operators' dashboards, told by the adapters as things happen; never a prompt, answer or secret. */
public interface Telemetry {

    /** Reports nothing: for tests and tools that start the store alone. */
    Telemetry NONE = new Telemetry() {};

    /** How a balance hold was decided or ended: {@code held}, {@code insufficient}, {@code no_user} or {@code settled}. */
    default void hold(String outcome) {}

    /** Where the number of holds this node took and has not settled yet can be read when asked. */
    default void openHolds(IntSupplier count) {}

    /** A group of settlements committed in one transaction. */
    default void settlementBatch(int size) {}

    /** One settlement committed, {@code lag} after it was queued; told on the caller's thread. */
    default void settled(UsageRecord record, Duration lag) {}
}
