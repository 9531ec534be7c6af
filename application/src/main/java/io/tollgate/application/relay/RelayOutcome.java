package io.tollgate.application.relay;

/** What became of a relayed call. */
public sealed interface RelayOutcome permits RelayOutcome.Answered, RelayOutcome.Streaming, RelayFailure {

    /** The whole JSON reply; already settled. */
    record Answered(byte[] body) implements RelayOutcome {}

    /** A stream has begun upstream; pump it to the caller (the settlement happens before the last bytes). */
    record Streaming(StreamSession session) implements RelayOutcome {}
}
