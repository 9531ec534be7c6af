package io.tollgate.application.relay.usage.charts;

import io.tollgate.domain.money.Points;
import java.time.Instant;

/**
 * The usage of one model and kind in one slot starting at {@code start} (an hour, or a day once summed): calls, failed
 * calls, tokens and points. A ShareAuth finish is a call of kind {@link #SHAREAUTH} under its workflow's name.
 */
public record UsageSlice(Instant start, String model, String kind, long requests, long failed, long tokens, Points points) {

    public static final String SHAREAUTH = "shareauth";

    public UsageSlice plus(UsageSlice other) {
        return new UsageSlice(start, model, kind, requests + other.requests, failed + other.failed, tokens + other.tokens,
                points.plus(other.points));
    }
}
