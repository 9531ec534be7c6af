package io.tollgate.console.web.chart;

import java.util.List;

/** One line through the slots' values, a dot per slot titled with its number; for rates, where stacking means nothing. */
public final class LineChart {

    private LineChart() {}

    /** The chart as an SVG string; no slots draw the axes and nothing else. */
    public static String svg(ChartText text, Series series, Scale scale) {
        Frame frame = new Frame(text, scale, List.of());
        StringBuilder svg = new StringBuilder(frame.open());
        double width = frame.slotWidth();
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int slot = 0; slot < text.slots().size(); slot++) {
            String x = Svg.n(Frame.LEFT + (slot + 0.5) * width);
            String y = Svg.n(frame.y(series.values().get(slot)));
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
            dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"").append(Palette.colour(5))
                    .append("\"><title>").append(Svg.escape(text.slots().get(slot) + ": " + text.format().apply(series.values().get(slot))))
                    .append("</title></circle>");
        }
        if (!points.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(Palette.colour(5)).append("\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"></polyline>").append(dots);
        }
        return svg.append(frame.close()).toString();
    }
}
