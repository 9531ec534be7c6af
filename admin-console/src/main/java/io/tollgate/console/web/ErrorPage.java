package io.tollgate.console.web;

/** A refusal shown as a page: its status, stable code and message. */
public record ErrorPage(Chrome chrome, int status, String code, String message) {}
