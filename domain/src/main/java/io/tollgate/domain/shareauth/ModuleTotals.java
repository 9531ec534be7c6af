package io.tollgate.domain.shareauth;

import io.tollgate.domain.money.Points;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The totalPoints of a conversation's top-level nodes. Container nodes (plugins, tools, loops)
 * already include their children, so only top-level items count.
 */
public record ModuleTotals(List<BigDecimal> topLevelTotals) {

    /** The most one node item, and one finish in all, may report: far above any real turn, far inside Points. */
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000000000");

    public ModuleTotals {
        topLevelTotals = List.copyOf(topLevelTotals);
        if (topLevelTotals.stream().anyMatch(total -> total.signum() < 0)) {
            throw new IllegalArgumentException("totalPoints cannot be negative");
        }
        tooLarge(topLevelTotals).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }

    /** Why these totals exceed {@link #MAX_POINTS} (per item or in all), or empty when they do not. */
    public static Optional<String> tooLarge(List<BigDecimal> totals) {
        // Each item is compared before anything is added, so a total like 1e10000000 costs no arithmetic.
        if (totals.stream().anyMatch(total -> total.compareTo(MAX_POINTS) > 0)) {
            return Optional.of("a node's totalPoints is at most " + MAX_POINTS.toPlainString());
        }
        if (totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(MAX_POINTS) > 0) {
            return Optional.of("a finish's totalPoints add up to at most " + MAX_POINTS.toPlainString());
        }
        return Optional.empty();
    }

    /** Σ totalPoints, rounded half-up to six decimals once. */
    public Points basePoints() {
        return Points.roundedHalfUp(topLevelTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
