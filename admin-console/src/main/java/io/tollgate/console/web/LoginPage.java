package io.tollgate.console.web;

/** The sign-in form, with its pre-session CSRF token and the reason the last try failed, if any. */
public record LoginPage(Chrome chrome, String csrf, String error) {}
