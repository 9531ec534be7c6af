package io.tollgate.adapter.provider;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;

/** Failures the adapters decide themselves (no platform reply to classify): connection faults, refusals, bad replies. */
final class Failures {

    private Failures() {}

    static UpstreamResult failed(FailureClass failureClass, int status, String message) {
        return new UpstreamResult.Failed(UpstreamFailure.of(failureClass, status, message));
    }
}
