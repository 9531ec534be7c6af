package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.Pick;
import io.tollgate.domain.relay.Deadline;
import io.tollgate.domain.relay.UpstreamFailure;
import java.time.Clock;

/**
 * What one attempt's outcome says about its account, told to the pool once the attempt has ended (for a stream, when
 * the stream ends). An attempt cut short by the request's deadline says nothing about the account.
 */
record AttemptVerdict(AccountPool pool, Pick pick, Deadline deadline, Clock clock) {

    void succeeded() {
        pool.recordSuccess(pick);
    }

    void failed(UpstreamFailure failure) {
        if (deadlinePassed()) {
            pool.release(pick);
        } else {
            pool.recordFailure(pick, failure.failureClass(), failure.message(), failure.retryAfter());
        }
    }

    /** The attempt ended without telling anything about the account (its caller left). */
    void released() {
        pool.release(pick);
    }

    boolean deadlinePassed() {
        return deadline.passed(clock.instant());
    }
}
