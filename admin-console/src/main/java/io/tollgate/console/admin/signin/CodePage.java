package io.tollgate.console.admin.signin;

import io.tollgate.console.web.Chrome;

/** The second sign-in step: a code from the authenticator app or a recovery code. */
public record CodePage(Chrome chrome, String csrf, String error) {}
