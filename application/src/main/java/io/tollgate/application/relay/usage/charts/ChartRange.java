package io.tollgate.application.relay.usage.charts;

import java.util.Arrays;
import java.util.Optional;

/** The dashboards' windows: the last 24 hours by hour, or the last 30 days by day in the operator's zone. */
public enum ChartRange {
    DAY("24h", 24),
    MONTH("30d", 30);

    private final String code;
    private final int slots;

    ChartRange(String code, int slots) {
        this.code = code;
        this.slots = slots;
    }

    /** The range a query parameter names; anything else is none. */
    public static Optional<ChartRange> parse(String code) {
        return Arrays.stream(values()).filter(range -> range.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public int slots() {
        return slots;
    }
}
