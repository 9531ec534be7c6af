package io.tollgate.domain.relay;

import java.util.Objects;
import java.util.Optional;

/** What one upstream call gave: a whole JSON reply, a stream that has begun, or a classified failure. */
public sealed interface UpstreamResult {

    /**
     * A complete OpenAI-format reply, passed to the caller as is; usage when the platform reported it; the answer's
     * text as the adapter read it from the reply (at least as much as a call summary keeps; empty when it has none).
     */
    record Completed(byte[] body, Optional<Usage> usage, String text) implements UpstreamResult {

        public Completed {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The platform accepted the call and is streaming; nothing has reached the caller yet. */
    record Streaming(UpstreamStream stream) implements UpstreamResult {}

    /** The call failed before anything reached the caller, classified for failover and account health. */
    record Failed(UpstreamFailure failure) implements UpstreamResult {}
}
