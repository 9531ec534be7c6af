package io.tollgate.console.web.chart;

import java.math.BigDecimal;
import java.util.List;

/** One named row of values, one per slot of the chart's x axis (a layer of a stacked bar, or a line). */
public record Series(String name, List<BigDecimal> values) {

    public Series {
        values = List.copyOf(values);
    }
}
