package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.relay.StreamEvent;
import java.util.List;

/** Turns one SSE data line of a platform's stream into the events the caller gets, already in OpenAI's format. */
public interface SseFrames {

    /**
     * {@code event} is the SSE event name the data line came under ({@code ""} when none, {@code "error"} for a bare
     * JSON line); the payload is {@code line[from, from + length)}. An empty list means nothing to pass on yet.
     */
    List<StreamEvent> translate(String event, byte[] line, int from, int length);
}
