package io.tollgate.console.web.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * What a chart says, already in the reader's language: its id, title, a summary for screen readers, the unit of its
 * values, the labels of its x slots, and how a value is written on the axis.
 */
public record ChartText(String id, String title, String summary, String unit, List<String> slots,
                        Function<BigDecimal, String> format) {

    public ChartText {
        slots = List.copyOf(slots);
    }
}
