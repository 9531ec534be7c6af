package io.tollgate.console.admin;

import io.tollgate.console.web.Chrome;

/** Asks before an action that cannot be undone: the question, where the form posts, and where "cancel" goes. */
public record ConfirmPage(Chrome chrome, String question, String action, String button, String cancelHref) {}
