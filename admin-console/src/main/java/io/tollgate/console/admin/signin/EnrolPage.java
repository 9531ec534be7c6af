package io.tollgate.console.admin.signin;

import io.tollgate.console.web.Chrome;

/** Enrolling an authenticator: the QR code (an SVG data URI), the key for typing in, and the last error. */
public record EnrolPage(Chrome chrome, String csrf, String qrDataUri, String secret, String error) {}
