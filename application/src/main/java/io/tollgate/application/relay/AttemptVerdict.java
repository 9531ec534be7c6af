package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.Pick;
import io.tollgate.domain.relay.Deadline;
import io.tollgate.domain.relay.UpstreamFailure;
import java.time.Clock;
import java.time.Duration;

/**
 * What one attempt's outcome says about its account, told to the pool once the attempt has ended (for a stream, when
 * the stream ends). An attempt cut short by the request's deadline says nothing about the account.
 */
record AttemptVerdict(AccountPool pool, Pick pick, Deadline deadline, Clock clock) {

    private static final Duration TIMER_SLACK = Duration.ofMillis(20);

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
        // A platform-side timer set to end at the deadline may fire a hair before this clock says it has passed.
        return deadline.passed(clock.instant().plus(TIMER_SLACK));
    }
}
