package io.tollgate.application.relay.usage.charts;

import io.tollgate.domain.money.Points;
import java.time.Instant;
import java.util.List;

/**
 * A window's usage: the starts of its slots (hours or days, oldest first), the usage per slot, model and kind, and the
 * leading users (empty on a user's own dashboard) and models.
 */
public record SpendOverview(ChartRange range, List<Instant> slots, List<UsageSlice> slices, List<Spender> topUsers,
                            List<Spender> topModels) {

    public SpendOverview {
        slots = List.copyOf(slots);
        slices = List.copyOf(slices);
        topUsers = List.copyOf(topUsers);
        topModels = List.copyOf(topModels);
    }

    public long requests() {
        return slices.stream().mapToLong(UsageSlice::requests).sum();
    }

    public long tokens() {
        return slices.stream().mapToLong(UsageSlice::tokens).sum();
    }

    public long failed() {
        return slices.stream().mapToLong(UsageSlice::failed).sum();
    }

    public Points points() {
        return slices.stream().map(UsageSlice::points).reduce(Points.ZERO, Points::plus);
    }
}
