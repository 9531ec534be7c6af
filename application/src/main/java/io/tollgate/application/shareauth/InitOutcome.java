package io.tollgate.application.shareauth;

import io.tollgate.application.identity.Authentication;
import io.tollgate.domain.money.Multiplier;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.shareauth.Workflow;
import java.util.Optional;

/** What became of an init. */
public sealed interface InitOutcome permits InitOutcome.Initialized, ShareAuthFailure {

    /** The user is known; authToken is a fresh JWT; the workflow is the Referer's, when it names one. */
    record Initialized(User user, String authToken, Authentication.Method method,
                       Optional<Workflow> workflow, Multiplier pointMultiplier) implements InitOutcome {}
}
