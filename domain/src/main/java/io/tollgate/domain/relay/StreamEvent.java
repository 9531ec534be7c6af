package io.tollgate.domain.relay;

import java.util.Optional;

/** One step of an upstream stream, already in OpenAI's SSE format. */
public sealed interface StreamEvent {

    /**
     * An SSE event to forward byte for byte ({@code data: …\n\n}). {@code text} is the content it adds (for
     * a tokenizer estimate if the stream breaks); {@code usageOnly} marks the extra usage chunk, which
     * reaches the caller only if they asked for usage.
     */
    record Data(byte[] bytes, String text, Optional<Usage> usage, boolean usageOnly) implements StreamEvent {}

    /** The platform's {@code [DONE]}; the caller's door writes its own end of stream after the call is settled. */
    record Done() implements StreamEvent {}

    /** The stream failed after it began (an error event, a broken connection, a timeout). */
    record Failed(UpstreamFailure failure) implements StreamEvent {}
}
