package io.tollgate.console.web.chart;

/** A drawn chart under its heading; {@code svg} is escaped already and goes into the page as it is. */
public record Chart(String id, String heading, String svg) {}
