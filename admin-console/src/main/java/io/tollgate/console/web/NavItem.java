package io.tollgate.console.web;

/** One link of the console's navigation. */
public record NavItem(String href, String label, boolean current) {}
