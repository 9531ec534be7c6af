package io.tollgate.domain.shareauth;

import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.util.List;

/**
 * The totalPoints of a conversation's top-level nodes. Container nodes (plugins, tools, loops)
 * already include their children, so only top-level items count.
 */
public record ModuleTotals(List<BigDecimal> topLevelTotals) {

    public ModuleTotals {
        topLevelTotals = List.copyOf(topLevelTotals);
        if (topLevelTotals.stream().anyMatch(total -> total.signum() < 0)) {
            throw new IllegalArgumentException("totalPoints cannot be negative");
        }
    }

    /** Σ totalPoints, rounded half-up to six decimals once. */
    public Points basePoints() {
        return Points.roundedHalfUp(topLevelTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
