package io.tollgate.adapter.provider.mock;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamStream;
import java.util.Iterator;
import java.util.List;

/** A mock stream that hands out prepared events; after cancel it ends with a failure. */
final class MockStream implements UpstreamStream {

    private final Iterator<StreamEvent> events;
    private volatile boolean cancelled;

    MockStream(List<StreamEvent> events) {
        this.events = events.iterator();
    }

    @Override
    public StreamEvent next() {
        if (cancelled || !events.hasNext()) {
            return new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502,
                    cancelled ? "the stream was cancelled" : "the stream has already ended"));
        }
        return events.next();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
