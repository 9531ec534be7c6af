package io.tollgate.console.web.chart;

import io.tollgate.application.relay.usage.charts.ChartRange;
import io.tollgate.application.relay.usage.charts.SpendOverview;
import io.tollgate.application.relay.usage.charts.UsageSlice;
import io.tollgate.console.web.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A dashboard's charts in the reader's language: requests, tokens and points stacked by model, requests and points by
 * kind, and the error rate, per hour or per day; ids such as {@code chart-requests-hourly} or {@code chart-points-daily}.
 */
public record SpendView(SpendOverview overview, List<Chart> charts, String errorRate) {

    public static SpendView of(SpendOverview overview, Texts t) {
        String suffix = overview.range() == ChartRange.DAY ? "hourly" : "daily";
        List<String> slots = labels(overview, t);
        Function<BigDecimal, String> count = v -> t.number(v.longValue());
        Function<UsageSlice, String> model = s -> s.kind().equals(UsageSlice.SHAREAUTH) ? t.format("dashboard.workflow", s.model()) : s.model();
        Function<UsageSlice, String> kind = s -> kindName(t, s.kind());
        Function<UsageSlice, BigDecimal> requests = s -> BigDecimal.valueOf(s.requests());
        Function<UsageSlice, BigDecimal> tokens = s -> BigDecimal.valueOf(s.tokens());
        Function<UsageSlice, BigDecimal> points = s -> s.points().toBigDecimal();
        List<Chart> charts = new ArrayList<>();
        charts.add(stacked(t, overview, slots, "requests", suffix, model, requests, count, true));
        charts.add(stacked(t, overview, slots, "tokens", suffix, model, tokens, count, true));
        charts.add(stacked(t, overview, slots, "points", suffix, model, points, t::points, false));
        charts.add(stacked(t, overview, slots, "kinds", suffix, kind, requests, count, true));
        charts.add(stacked(t, overview, slots, "points-kinds", suffix, kind, points, t::points, false));
        charts.add(errors(t, overview, slots, suffix));
        return new SpendView(overview, List.copyOf(charts), percent(t, overview.failed(), overview.requests()));
    }

    /** A kind's name in the reader's language; one this page does not know yet keeps its own. */
    public static String kindName(Texts t, String kind) {
        return t.has("dashboard.kind." + kind) ? t.get("dashboard.kind." + kind) : kind;
    }

    private static Chart stacked(Texts t, SpendOverview overview, List<String> slots, String what, String suffix,
                                 Function<UsageSlice, String> group, Function<UsageSlice, BigDecimal> value,
                                 Function<BigDecimal, String> format, boolean counting) {
        List<Series> series = Stacks.of(overview.slots(), overview.slices(), group, value, t.get("dashboard.other"));
        List<BigDecimal> totals = Stacks.totals(series, slots.size());
        BigDecimal peak = totals.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        Scale scale = counting ? Scale.counting(peak.longValue()) : Scale.upTo(peak);
        String id = "chart-" + what + "-" + suffix;
        String title = t.get("dashboard.chart." + what + "." + suffix);
        ChartText text = new ChartText(id, title, summary(t, totals, slots, format), t.get("dashboard.unit." + what), slots, format);
        return new Chart(id, title, BarChart.svg(text, series, scale));
    }

    private static Chart errors(Texts t, SpendOverview overview, List<String> slots, String suffix) {
        List<BigDecimal> rates = new ArrayList<>();
        for (Instant slot : overview.slots()) {
            long requests = overview.slices().stream().filter(s -> s.start().equals(slot)).mapToLong(UsageSlice::requests).sum();
            long failed = overview.slices().stream().filter(s -> s.start().equals(slot)).mapToLong(UsageSlice::failed).sum();
            rates.add(requests == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(failed * 100).divide(BigDecimal.valueOf(requests), 1, RoundingMode.HALF_UP));
        }
        BigDecimal peak = rates.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        Function<BigDecimal, String> format = v -> t.format("dashboard.percent", t.points(v));
        String id = "chart-errors-" + suffix;
        String title = t.get("dashboard.chart.errors." + suffix);
        ChartText text = new ChartText(id, title, t.format("dashboard.errors-summary", percent(t, overview.failed(), overview.requests()),
                format.apply(peak)), t.get("dashboard.unit.errors"), slots, format);
        return new Chart(id, title, LineChart.svg(text, new Series(title, rates), Scale.upTo(peak)));
    }

    private static String summary(Texts t, List<BigDecimal> totals, List<String> slots, Function<BigDecimal, String> format) {
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int peak = 0;
        for (int i = 1; i < totals.size(); i++) {
            peak = totals.get(i).compareTo(totals.get(peak)) > 0 ? i : peak;
        }
        return sum.signum() == 0 ? t.get("dashboard.summary-none")
                : t.format("dashboard.summary", format.apply(sum), format.apply(totals.get(peak)), slots.get(peak));
    }

    private static String percent(Texts t, long failed, long requests) {
        BigDecimal rate = requests == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(failed * 100).divide(BigDecimal.valueOf(requests), 1, RoundingMode.HALF_UP);
        return t.format("dashboard.percent", t.points(rate));
    }

    /** Hours as the operator's clock shows them; days as the operator's dates. */
    private static List<String> labels(SpendOverview overview, Texts t) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(overview.range() == ChartRange.DAY ? "HH:mm" : t.get("dashboard.day-pattern"),
                t.lang().locale()).withZone(t.zone());
        return overview.slots().stream().map(format::format).toList();
    }
}
