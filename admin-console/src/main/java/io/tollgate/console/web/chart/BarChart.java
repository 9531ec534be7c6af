package io.tollgate.console.web.chart;

import java.math.BigDecimal;
import java.util.List;

/** Stacked bars, one per slot, a layer per series in the legend's colours, each bar titled with its slot's numbers. */
public final class BarChart {

    private BarChart() {}

    /** The chart as an SVG string; no slots or only zeros draw the axes and nothing else. */
    public static String svg(ChartText text, List<Series> series, Scale scale) {
        Frame frame = new Frame(text, scale, series.size() > 1 ? series.stream().map(Series::name).toList() : List.of());
        StringBuilder svg = new StringBuilder(frame.open());
        double width = frame.slotWidth();
        for (int slot = 0; slot < text.slots().size(); slot++) {
            BigDecimal base = BigDecimal.ZERO;
            StringBuilder tip = new StringBuilder(text.slots().get(slot));
            StringBuilder rects = new StringBuilder();
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).values().get(slot);
                if (value.signum() > 0) {
                    BigDecimal top = base.add(value);
                    rects.append("<rect x=\"").append(Svg.n(Frame.LEFT + slot * width + width * 0.1)).append("\" y=\"")
                            .append(Svg.n(frame.y(top))).append("\" width=\"").append(Svg.n(width * 0.8)).append("\" height=\"")
                            .append(Svg.n(frame.y(base) - frame.y(top))).append("\" fill=\"").append(Palette.colour(s)).append("\"></rect>");
                    tip.append(series.size() > 1 ? " · " + series.get(s).name() + ": " : ": ").append(text.format().apply(value));
                    base = top;
                }
            }
            if (!rects.isEmpty()) {
                svg.append("<g><title>").append(Svg.escape(tip.toString())).append("</title>").append(rects).append("</g>");
            }
        }
        return svg.append(frame.close()).toString();
    }
}
