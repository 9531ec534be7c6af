package io.tollgate.console;

/** The form that changes the signed-in admin's password, and why the last try failed. */
public record PasswordPage(Chrome chrome, String error) {}
