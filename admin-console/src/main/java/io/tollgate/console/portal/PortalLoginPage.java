package io.tollgate.console.portal;

/** The users' sign-in form, with its pre-session CSRF token and why the last try failed, if it did. */
public record PortalLoginPage(PortalChrome chrome, String csrf, String error) {}
