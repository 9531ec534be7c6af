package io.tollgate.application.relay;

import io.tollgate.domain.relay.UpstreamFailure;
import java.time.Duration;

/** Where a stream goes: the caller's connection, which writes how a stream ends in the caller's wire format. */
public interface StreamSink {

    /** Writes and flushes an upstream event's bytes; false when the caller has gone away. */
    boolean write(byte[] bytes);

    /**
     * Writes an upstream event's bytes, flushing them unless {@code more} says the next event has already arrived (its
     * write will flush both); false when the caller has gone away.
     */
    default boolean write(byte[] bytes, boolean more) {
        return write(bytes);
    }

    /** Ends the stream as an answer; called after the call was settled. */
    void finish();

    /** Ends the stream with one error event: the platform failed after the stream began. */
    void fail(UpstreamFailure failure);

    /** Ends the stream with one error event: the request's deadline passed while it was streaming. */
    void deadlineExceeded(Duration deadline);
}
