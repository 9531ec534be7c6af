package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;

/** The memfit TOTP gate's current code, the secret's first characters, and when the code changes. */
public record MemfitPage(Chrome chrome, String code, String maskedSecret, long secondsLeft) {}
