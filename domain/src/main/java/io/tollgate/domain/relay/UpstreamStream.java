package io.tollgate.domain.relay;

/** An upstream stream, read one event at a time; cancel when the caller goes away. */
public interface UpstreamStream {

    /** The next event, blocking until it arrives; after Done or Failed there are no more. */
    StreamEvent next();

    /** Stops the upstream request and frees its connection; safe to call more than once. */
    void cancel();
}
