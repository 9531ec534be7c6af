package io.tollgate.application.relay;

/** Where a stream goes: the caller's connection. */
public interface StreamSink {

    /** Writes and flushes the bytes; false when the caller has gone away. */
    boolean write(byte[] bytes);
}
