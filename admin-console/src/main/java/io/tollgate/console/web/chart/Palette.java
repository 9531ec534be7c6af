package io.tollgate.console.web.chart;

/** Colours told apart by most readers, also with the common colour-vision deficiencies (Okabe–Ito). */
final class Palette {

    private static final String[] COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999"};

    private Palette() {}

    static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }
}
