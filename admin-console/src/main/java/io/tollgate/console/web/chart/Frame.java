package io.tollgate.console.web.chart;

import java.math.BigDecimal;
import java.util.List;

/** The parts of a chart around its data: the svg element, title and summary, the value axis with grid, slot labels, legend. */
final class Frame {

    static final int WIDTH = 720;
    static final int LEFT = 76;
    static final int RIGHT = 12;
    static final int TOP = 28;
    static final int PLOT_HEIGHT = 200;
    static final int LEGEND_ITEM = 170;
    private static final int LEGEND_ROW = 20;

    private final ChartText text;
    private final Scale scale;
    private final List<String> legend;

    Frame(ChartText text, Scale scale, List<String> legend) {
        this.text = text;
        this.scale = scale;
        this.legend = List.copyOf(legend);
    }

    static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    /** The y coordinate of a value. */
    double y(BigDecimal value) {
        return TOP + PLOT_HEIGHT - scale.fraction(value) * PLOT_HEIGHT;
    }

    double slotWidth() {
        return (double) plotWidth() / Math.max(1, text.slots().size());
    }

    String open() {
        int legendRows = legend.isEmpty() ? 0 : (legend.size() + perRow() - 1) / perRow();
        int height = TOP + PLOT_HEIGHT + 28 + legendRows * LEGEND_ROW;
        String id = Svg.escape(text.id());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(id).append("\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(Svg.escape(text.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Svg.escape(text.summary())).append("</desc>")
                .append("<text class=\"unit\" x=\"4\" y=\"14\">").append(Svg.escape(text.unit())).append("</text>");
        for (BigDecimal tick : scale.ticks()) {
            String y = Svg.n(y(tick));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\"></line><text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(Svg.n(y(tick) + 4)).append("\" text-anchor=\"end\">").append(Svg.escape(text.format().apply(tick)))
                    .append("</text>");
        }
        return svg.toString();
    }

    String close() {
        StringBuilder svg = new StringBuilder();
        int bottom = TOP + PLOT_HEIGHT;
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(bottom).append("\"></line><line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(bottom).append("\" y2=\"").append(bottom).append("\"></line>");
        List<String> slots = text.slots();
        int every = Math.max(1, (slots.size() + 7) / 8);
        for (int i = 0; i < slots.size(); i += every) {
            svg.append("<text class=\"tick\" x=\"").append(Svg.n(LEFT + (i + 0.5) * slotWidth())).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\">").append(Svg.escape(slots.get(i))).append("</text>");
        }
        for (int i = 0; i < legend.size(); i++) {
            int x = LEFT + (i % perRow()) * LEGEND_ITEM;
            int y = bottom + 28 + (i / perRow()) * LEGEND_ROW;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(Palette.colour(i)).append("\"></rect><text class=\"legend\" x=\"").append(x + 16).append("\" y=\"")
                    .append(y + 11).append("\">").append(Svg.escape(legend.get(i))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static int perRow() {
        return plotWidth() / LEGEND_ITEM;
    }
}
