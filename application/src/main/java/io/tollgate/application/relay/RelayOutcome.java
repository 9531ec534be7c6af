package io.tollgate.application.relay;

import io.tollgate.domain.relay.UpstreamRequest;

/** What became of a relayed call. */
public sealed interface RelayOutcome permits RelayOutcome.Answered, RelayOutcome.Streaming, RelayFailure {

    /** The whole reply and its content type; already settled. */
    record Answered(byte[] body, String contentType) implements RelayOutcome {

        /** A JSON reply. */
        public Answered(byte[] body) {
            this(body, UpstreamRequest.JSON);
        }
    }

    /** A stream has begun upstream; pump it to the caller (the settlement happens before the last bytes). */
    record Streaming(StreamSession session) implements RelayOutcome {}
}
