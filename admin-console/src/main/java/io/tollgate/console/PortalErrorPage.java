package io.tollgate.console;

/** Why a user's request was refused. */
public record PortalErrorPage(PortalChrome chrome, int status, String message) {}
