package io.tollgate.adapter.provider.errors;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;

/** Failures the adapters decide themselves (no platform reply to classify): connection faults, refusals, bad replies. */
public final class Failures {

    private Failures() {}

    public static UpstreamResult failed(FailureClass failureClass, int status, String message) {
        return new UpstreamResult.Failed(UpstreamFailure.of(failureClass, status, message));
    }
}
