package io.tollgate.console;

/** Asks before an action that cannot be undone: the question, where the form posts, and where "cancel" goes. */
public record ConfirmPage(Chrome chrome, String question, String action, String button, String cancelHref) {}
