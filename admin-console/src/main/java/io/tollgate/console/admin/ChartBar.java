package io.tollgate.console.admin;

/** One hour of the dashboard's SVG chart, already scaled to the drawing's coordinates. */
public record ChartBar(int x, int y, int height, int failY, int failHeight, String label) {}
