package io.tollgate.domain.relay;

/** An upstream stream, read one event at a time; cancel when the caller goes away. */
public interface UpstreamStream {

    /** The next event, blocking until it arrives; after Done or Failed there are no more. */
    StreamEvent next();

    /** Whether {@link #next} would answer at once, its event already received: then a caller's flush can wait for it. */
    default boolean ready() {
        return false;
    }

    /** Stops the upstream request and frees its connection; safe to call more than once. */
    void cancel();
}
