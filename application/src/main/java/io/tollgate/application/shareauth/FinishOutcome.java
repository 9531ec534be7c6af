package io.tollgate.application.shareauth;

import io.tollgate.domain.billing.Consumption;

/** What became of a finish. */
public sealed interface FinishOutcome permits FinishOutcome.Finished, ShareAuthFailure {

    /** Charged now, or (repeat = true) earlier under the same retry key. */
    record Finished(Consumption consumption, boolean repeat) implements FinishOutcome {}
}
