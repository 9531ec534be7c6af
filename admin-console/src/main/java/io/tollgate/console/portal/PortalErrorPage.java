package io.tollgate.console.portal;

/** Why a user's request was refused. */
public record PortalErrorPage(PortalChrome chrome, int status, String message) {}
