package io.tollgate.domain.relay;

import java.util.Objects;

/** One call on a user's own account: its usage record and its summary. */
public record AccountCall(UsageRecord record, CallSummary summary) {

    public AccountCall {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(summary, "summary");
    }
}
