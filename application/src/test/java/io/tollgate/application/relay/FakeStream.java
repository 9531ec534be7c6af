package io.tollgate.application.relay;

import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** An upstream stream replaying fixed events; it remembers whether the relay cancelled it. */
final class FakeStream implements UpstreamStream {

    private final Deque<StreamEvent> events;
    volatile boolean cancelled;

    FakeStream(List<StreamEvent> events) {
        this.events = new ArrayDeque<>(events);
    }

    @Override
    public StreamEvent next() {
        StreamEvent event = events.poll();
        return event == null ? new StreamEvent.Done() : event;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
