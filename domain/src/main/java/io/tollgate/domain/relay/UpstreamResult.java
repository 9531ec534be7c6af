package io.tollgate.domain.relay;

import io.tollgate.domain.relay.kind.ModelKind;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What one upstream call gave: a whole JSON reply, a stream that has begun, or a classified failure. */
public sealed interface UpstreamResult {

    /**
     * A complete OpenAI-format reply, passed to the caller as is; usage when the platform reported it; the answer's
     * text as the adapter read it from the reply (at least as much as a call summary keeps; empty when it has none);
     * the reply's content type; and, for the kinds not billed on tokens (speech, transcription), the units the
     * platform or the adapter measured ({@link ModelKind#unit()}).
     */
    record Completed(byte[] body, Optional<Usage> usage, String text, String contentType, OptionalLong units)
            implements UpstreamResult {

        public Completed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(units, "units");
        }

        /** A JSON reply billed on its tokens. */
        public Completed(byte[] body, Optional<Usage> usage, String text) {
            this(body, usage, text, UpstreamRequest.JSON, OptionalLong.empty());
        }
    }

    /** The platform accepted the call and is streaming; nothing has reached the caller yet. */
    record Streaming(UpstreamStream stream) implements UpstreamResult {}

    /** The call failed before anything reached the caller, classified for failover and account health. */
    record Failed(UpstreamFailure failure) implements UpstreamResult {}
}
