package io.tollgate.console.web.chart;

import java.util.Locale;

/** The bits every chart writes: text escaped for XML, coordinates with one decimal and a dot whatever the locale. */
public final class Svg {

    private Svg() {}

    /** Text made safe inside an SVG element or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String n(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }
}
