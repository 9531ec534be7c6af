package io.tollgate.console.web.chart;

import io.tollgate.application.relay.usage.charts.UsageSlice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Slices laid out as stacked series: one layer per group (model or kind), the smallest beyond the first few as "other". */
final class Stacks {

    static final int LAYERS = 6;

    private Stacks() {}

    /** One series per group, ordered by the group's total, and the rest in one named {@code other}. */
    static List<Series> of(List<Instant> slots, List<UsageSlice> slices, Function<UsageSlice, String> group,
                           Function<UsageSlice, BigDecimal> value, String other) {
        Map<String, BigDecimal[]> byGroup = new LinkedHashMap<>();
        Map<Instant, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            index.put(slots.get(i), i);
        }
        for (UsageSlice slice : slices) {
            Integer slot = index.get(slice.start());
            if (slot != null) {
                BigDecimal[] values = byGroup.computeIfAbsent(group.apply(slice), g -> zeros(slots.size()));
                values[slot] = values[slot].add(value.apply(slice));
            }
        }
        List<Map.Entry<String, BigDecimal[]>> ranked = new ArrayList<>(byGroup.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<String, BigDecimal[]> e) -> total(e.getValue())).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Series> series = new ArrayList<>();
        BigDecimal[] rest = zeros(slots.size());
        for (int i = 0; i < ranked.size(); i++) {
            if (i < LAYERS - 1 || ranked.size() == LAYERS) {
                series.add(new Series(ranked.get(i).getKey(), List.of(ranked.get(i).getValue())));
            } else {
                BigDecimal[] values = ranked.get(i).getValue();
                for (int s = 0; s < rest.length; s++) {
                    rest[s] = rest[s].add(values[s]);
                }
            }
        }
        if (ranked.size() > LAYERS) {
            series.add(new Series(other, List.of(rest)));
        }
        return series;
    }

    /** The height of each slot's stack. */
    static List<BigDecimal> totals(List<Series> series, int slots) {
        BigDecimal[] sums = zeros(slots);
        series.forEach(s -> {
            for (int i = 0; i < slots; i++) {
                sums[i] = sums[i].add(s.values().get(i));
            }
        });
        return List.of(sums);
    }

    private static BigDecimal total(BigDecimal[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
