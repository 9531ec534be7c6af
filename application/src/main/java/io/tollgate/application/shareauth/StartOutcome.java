package io.tollgate.application.shareauth;

import io.tollgate.domain.identity.User;

/** What became of a start. */
public sealed interface StartOutcome permits StartOutcome.Started, ShareAuthFailure {

    /** The user may ask the question. */
    record Started(User user) implements StartOutcome {}
}
