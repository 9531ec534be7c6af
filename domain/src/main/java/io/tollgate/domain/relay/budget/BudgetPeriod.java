package io.tollgate.domain.relay.budget;

import java.util.Arrays;
import java.util.Optional;

/** The periods a key's spend is capped over: calendar day, ISO week and month in the quota zone, and all time. */
public enum BudgetPeriod {
    DAY("day", "daily"), WEEK("week", "weekly"), MONTH("month", "monthly"), TOTAL("total", "total");

    private final String wireName;
    private final String adjective;

    BudgetPeriod(String wireName, String adjective) {
        this.wireName = wireName;
        this.adjective = adjective;
    }

    public String wireName() {
        return wireName;
    }

    /** "daily", "weekly", "monthly" or "total", for messages. */
    public String adjective() {
        return adjective;
    }

    public static Optional<BudgetPeriod> fromWire(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
