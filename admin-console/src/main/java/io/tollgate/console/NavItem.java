package io.tollgate.console;

/** One link of the console's navigation. */
public record NavItem(String href, String label, boolean current) {}
