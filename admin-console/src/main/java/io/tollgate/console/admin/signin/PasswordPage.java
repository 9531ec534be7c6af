package io.tollgate.console.admin.signin;

import io.tollgate.console.web.Chrome;

/** The form that changes the signed-in admin's password, and why the last try failed. */
public record PasswordPage(Chrome chrome, String error) {}
